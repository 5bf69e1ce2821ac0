/** Number of distinct speaker colours in style.css (.spk-0 … .spk-7); more speakers reuse them. */
export const PALETTE_SIZE = 8;

export function speakerKey(speaker) {
  return speaker && speaker.name ? speaker.name : null;
}

/**
 * Gives each speaker a colour class in order of first appearance, so the same document always
 * gets the same colours. An unresolved speaker gets its own neutral class, never a real colour:
 * a gap must not look like somebody.
 */
export function assignSpeakerColours(attributions) {
  const colours = new Map();
  for (const attribution of attributions) {
    const key = speakerKey(attribution.speaker);
    if (key !== null && !colours.has(key)) colours.set(key, `spk-${colours.size % PALETTE_SIZE}`);
  }
  return colours;
}

export function colourOf(colours, speaker) {
  const key = speakerKey(speaker);
  return key === null ? 'spk-none' : (colours.get(key) ?? 'spk-none');
}
