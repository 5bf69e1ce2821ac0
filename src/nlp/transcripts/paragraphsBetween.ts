// "(BEGIN VIDEO CLIP)", "[Applause.]", "…": a stage direction or a mark, no words of the speaker's;
// what follows it (a clip, another voice) is not theirs either.
const STAGE_DIRECTION = /^(?:[([].*[)\]][.…]?|[\p{P}\s]+)$/u;
// "(SOUNDBITE OF KEVIN TREVIÑO) There was no yelling": a paragraph that opens on a clip's direction is another voice's.
const CLIP_OPENING = /^[([](?:SOUNDBITE|SOUND BITE|BEGIN|CLIP|VIDEO|AUDIO|SOT)\b[^)\]]*[)\]]/u;

/** The paragraphs (line-break separated, trimmed) between two offsets, up to a stage direction. */
export function paragraphsBetween(text: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.slice(from, to).matchAll(/[^\n]*\S[^\n]*/gu)) {
    const words = m[0].trim();
    if (STAGE_DIRECTION.test(words) || CLIP_OPENING.test(words)) break;
    const start = from + m.index + (m[0].length - m[0].trimStart().length);
    out.push({ start, end: start + words.length });
  }
  return out;
}
