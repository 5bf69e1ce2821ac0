import type { Token } from '../../domain/analysis.js';

const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_LETTER = /\p{L}/u;
const SENTENCE_END = new Set(['.', '!', '?', ':', ';']);
const OPENERS = new Set(['"', '\u201c', '\u2018', "'", '(', '[', '\u2014', '\u2013', '-']);

// ASCII answers first (the regex is the rule, and the answer beyond ASCII): this runs at every token.
export function isCapitalized(token: Token): boolean {
  const c = token.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(token.text);
}

/** "JULIO", "SOSA": letters, none lower-case. */
export function isAllCaps(token: Token): boolean {
  const text = token.text;
  let letter = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return HAS_LETTER.test(text) && !HAS_LOWER.test(text);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letter = true;
  }
  return letter;
}

/** Only whitespace between the two tokens. */
export function isAdjacent(text: string, left: Token, right: Token): boolean {
  for (let i = left.end; i < right.start; i++) if (!/\s/.test(text[i])) return false;
  return true;
}

/** No character at all between the two tokens ("Sosa" "-" "Celis"). */
export function isTouching(left: Token, right: Token): boolean {
  return left.end === right.start;
}

/**
 * Whether token `i` opens a sentence or a line: a capital there says nothing about a name.
 * Openers such as a quotation mark or a dash are skipped.
 */
export function isSentenceStart(text: string, tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (OPENERS.has(tokens[j].text) || tokens[j].pos === 'SPACE')) {
    // wink reports line breaks as tokens of their own
    if (tokens[j].pos === 'SPACE' && tokens[j].text.includes('\n')) return true;
    j--;
  }
  if (j < 0) return true;
  const prev = tokens[j];
  if (SENTENCE_END.has(prev.text)) return true;
  return text.slice(prev.end, tokens[j + 1].start).includes('\n');
}

/** Index of the first token whose start is >= offset (binary search). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
