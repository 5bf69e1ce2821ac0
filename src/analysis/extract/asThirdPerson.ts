const FIRST_PERSON = /\bI['’](?:m|ve)\b|\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b/gu;
const THIRD: Readonly<Record<string, string>> = { I: 'he', me: 'him', my: 'his', mine: 'his', myself: 'himself', "i'm": 'he is', "i've": 'he has' };

/** A text with its first person told in the third, and the way back to offsets of the original. */
export interface ThirdPersonText {
  readonly text: string;
  /** The offset in the original text of an offset in `text` (a match's start or end). */
  toOriginal(offset: number): number;
}

/**
 * "My hands were up. They pushed me down." → "his hands were up. They pushed him down.": the
 * subject's own words, read by patterns written of the subject in the third person. Null when the
 * text has no first person. Which pronoun ("his" or "her") does not matter: every pattern takes both.
 */
export function asThirdPerson(text: string): ThirdPersonText | null {
  // Each piece: [start in the new text, start in the original]; offsets between pieces map linearly.
  const pieces: [number, number][] = [[0, 0]];
  let out = '';
  let last = 0;
  for (const m of text.matchAll(FIRST_PERSON)) {
    const replacement = THIRD[m[0] === 'I' ? 'I' : m[0].toLowerCase().replace('’', "'")];
    out += text.slice(last, m.index) + replacement;
    last = m.index + m[0].length;
    pieces.push([out.length, last]);
  }
  if (pieces.length === 1) return null;
  out += text.slice(last);
  return {
    text: out,
    toOriginal(offset: number): number {
      let k = pieces.length - 1;
      while (k > 0 && pieces[k][0] > offset) k--;
      const [from, original] = pieces[k];
      // Inside a replaced pronoun (shorter in the original): its end.
      return Math.min(original + (offset - from), k + 1 < pieces.length ? pieces[k + 1][1] : Number.MAX_SAFE_INTEGER);
    },
  };
}
