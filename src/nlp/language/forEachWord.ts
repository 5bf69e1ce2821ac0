/** One letter (any script, astral ones too) at a position; ASCII is decided without it. */
const LETTER_AT = /\p{L}/uy;

/** The width in UTF-16 units of the letter at `i`, or 0 when no letter starts there. */
function letterWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ((c | 32) >= 97 && (c | 32) <= 122) ? 1 : 0;
  LETTER_AT.lastIndex = i;
  return LETTER_AT.test(text) ? LETTER_AT.lastIndex - i : 0;
}

/**
 * Calls `visit` with the bounds of each of the first `limit` words of `text` (runs of letters, as
 * `/\p{L}+/gu` finds them), start inclusive, end exclusive. Read a character at a time, the caller
 * slicing only the words it wants: the regex's iterator, with a match array and a string per word,
 * was most of language detection's time, and that runs on every document ingested.
 */
export function forEachWord(text: string, limit: number, visit: (start: number, end: number) => void): void {
  let seen = 0;
  for (let i = 0; i < text.length && seen < limit; ) {
    let width = letterWidth(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    do i += width;
    while (i < text.length && (width = letterWidth(text, i)) > 0);
    seen++;
    visit(start, i);
  }
}
