/**
 * Where the words of text[start, end) lie, as the regular expression
 * /[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*\.?/gu finds them in that slice, by a hand-written scan:
 * letters and digits joined by periods, apostrophes or hyphens ("U.S.", "O'Hara", "Haddad-Ruiz"),
 * with an optional final period ("Gov."). Every document's text is split so; the regex, with its
 * Unicode classes, took most of that time. Returns [start0, end0, start1, end1, …] in text offsets.
 */
export function findWordSpans(text: string, start: number, end: number): number[] {
  const spans: number[] = [];
  let i = start;
  while (i < end) {
    let n = wordCharAt(text, i, end);
    if (n === 0) {
      i += isSurrogatePairAt(text, i, end) ? 2 : 1;
      continue;
    }
    const from = i;
    i = skipWordChars(text, i + n, end);
    // Joined pieces: a joiner counts only with a letter or digit right after it.
    while (i + 1 < end && isJoiner(text.charCodeAt(i)) && (n = wordCharAt(text, i + 1, end)) > 0) i = skipWordChars(text, i + 1 + n, end);
    if (i < end && text.charCodeAt(i) === PERIOD) i++;
    spans.push(from, i);
  }
  return spans;
}

const PERIOD = 46;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
// Per UTF-16 code unit of the Basic Multilingual Plane: 0 not yet asked, 1 letter or digit, 2 neither.
const bmpClass = new Uint8Array(65536);

function isJoiner(c: number): boolean {
  return c === PERIOD || c === 39 || c === 0x2019 || c === 45;
}

function skipWordChars(text: string, i: number, end: number): number {
  let n = 0;
  while (i < end && (n = wordCharAt(text, i, end)) > 0) i += n;
  return i;
}

function isSurrogatePairAt(text: string, i: number, end: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
}

/** The length in code units (1, or 2 for a surrogate pair) of the letter or digit at i, or 0. */
function wordCharAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdfff) {
    // A code point beyond the BMP is a pair, read whole (a lone surrogate is neither letter nor digit).
    return isSurrogatePairAt(text, i, end) && LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let k = bmpClass[c];
  if (k === 0) bmpClass[c] = k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1 ? 1 : 0;
}
