// JavaScript's \b knows only [A-Za-z0-9_], even under the u flag, so "\bram\b" matches the "Ram" of
// "Ramírez": the "í" after it counts as a boundary. Rewriting every \b with lookarounds doubled the
// cost of extraction; checking the few matches found is nearly free.
const LETTER = /[\p{L}\p{M}]/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;

/**
 * Whether the match [start, end) of `text` begins or ends inside a word, next to a letter outside
 * ASCII ("Ram" in "Ramírez", "son" in "Ramónson"): a `\b` of the pattern that JavaScript read wrong.
 */
export function splitsWord(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  return (
    (text.charCodeAt(start - 1) > 0x7f && LETTER.test(text[start - 1]) && WORD_CHAR.test(text[start])) ||
    (text.charCodeAt(end) > 0x7f && LETTER.test(text[end]) && WORD_CHAR.test(text[end - 1]))
  );
}
