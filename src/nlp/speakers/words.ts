import { findWordSpans } from './findWordSpans.js';

const DIACRITIC = /\p{M}/gu;
const ANY_LETTER = /\p{L}/u;
const CAPITAL_START = /^\p{Lu}/u;

/** A word of a span, with what speaker resolution needs to know about its form. */
export interface Word {
  readonly text: string;
  /** Lower-cased, without a trailing period or possessive ending: "Gov." → "gov", "Alva’s" → "alva". */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
  /** "Alva’s", "Haddad-Ruiz’": the word names a possessor. */
  readonly possessive: boolean;
  readonly capitalized: boolean;
}


export function normalizeWord(word: string): string {
  // The same as replacing /\.$/ then /['’]s$/, without two regular expressions per word: every
  // word of every document passes here.
  let norm = lowerCase(word);
  let n = norm.length;
  if (n > 0 && norm.charCodeAt(n - 1) === PERIOD) norm = norm.slice(0, --n);
  if (n >= 2 && norm.charCodeAt(n - 1) === LOWER_S && isApostrophe(norm.charCodeAt(n - 2))) norm = norm.slice(0, n - 2);
  return norm;
}

/**
 * `word.toLowerCase()`, which V8 computes afresh even for a word with nothing to lower: a word of
 * ASCII characters none of them capital (most words of a text) is its own lower case. Per whole
 * text split this was a third of splitWords.
 */
function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return word.toLowerCase();
  }
  return word;
}

/** "U.S. Attorney" → "u.s attorney": the key vocab phrases and word runs are compared by. */
export function normalizePhrase(phrase: string): string {
  return phrase.trim().split(/\s+/).map(normalizeWord).join(' ');
}

const NOT_PLAIN_ASCII = /[^ -~]/;

/** Strips diacritics and case so "NUNEZ-PAZ" and "Núñez-Paz" compare equal. */
export function foldName(name: string): string {
  // Plain ASCII has no diacritics to strip: most words skip the Unicode normalisation.
  const bare = NOT_PLAIN_ASCII.test(name) ? name.normalize('NFD').replace(DIACRITIC, '') : name;
  // The same as .toLowerCase().replace(/['’]s$/, ''), by character codes.
  const lower = lowerCase(bare);
  const n = lower.length;
  return n >= 2 && lower.charCodeAt(n - 1) === LOWER_S && isApostrophe(lower.charCodeAt(n - 2)) ? lower.slice(0, n - 2) : lower;
}

/** The words of text[start, end), split afresh (findWordSpans says where they lie). */
function splitRange(text: string, start: number, end: number, matchEnds: number[] | null): Word[] {
  const words: Word[] = [];
  const spans = findWordSpans(text, start, end);
  for (let k = 0; k < spans.length; k += 2) {
    const at = spans[k];
    const matchEnd = spans[k + 1];
    matchEnds?.push(matchEnd);
    // A sentence-final period is punctuation, not part of the word, unless the word is an abbreviation.
    // Character codes rather than slices and regular expressions where they say the same: this
    // runs at every word of every document, and the word is sliced once, at its final length.
    let wordEnd = matchEnd;
    if (text.charCodeAt(matchEnd - 1) === PERIOD && !ABBREVIATION.test(text.slice(at, matchEnd))) wordEnd--;
    const raw = text.slice(at, wordEnd);
    const last = text.charCodeAt(wordEnd - 1);
    // "ADRIÁN'S MOTHER" in a transcript's capitals is as possessive as "Adrián's".
    const endsInS = wordEnd - at >= 1 && (last === LOWER_S || (last === UPPER_S && wordEnd - at >= 2 && isApostrophe(text.charCodeAt(wordEnd - 2))));
    const possessive =
      endsInS &&
      ((wordEnd - at >= 2 && isApostrophe(text.charCodeAt(wordEnd - 2))) || (isApostrophe(text.charCodeAt(wordEnd)) && !ANY_LETTER.test(text[wordEnd + 1] ?? '')));
    const first = text.charCodeAt(at);
    const capitalized = first < 128 ? first >= 65 && first <= 90 : CAPITAL_START.test(raw);
    // Readonly by type, not frozen: every word of every document passes here, and a freeze per word costs.
    words.push({ text: raw, norm: normalizeWord(raw), start: at, end: wordEnd, possessive, capitalized });
  }
  return words;
}

const PERIOD = 46;
const LOWER_S = 115;
const UPPER_S = 83;

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

const ABBREVIATION = /^(?:\p{L}\.)+$|^\p{Lu}\p{Ll}{0,3}\.$/u;

/** A whole document's words, kept so the many short spans speaker resolution splits later reuse them. */
let split: { text: string; words: readonly Word[]; matchEnds: readonly number[] } | null = null;
const CACHED_LENGTH = 500;

/**
 * The words of text[start, end) (an abbreviation keeps its period; "Alva’s" is possessive).
 * A span of the document last split whole is served from that split: the words lying wholly
 * inside it are the same words, and only a word cut by either end is split afresh.
 */
export function splitWords(text: string, start = 0, end = text.length): Word[] {
  if (start === 0 && end === text.length) {
    if (text.length < CACHED_LENGTH) return splitRange(text, 0, end, null);
    const matchEnds: number[] = [];
    const words = splitRange(text, 0, end, matchEnds);
    split = { text, words, matchEnds };
    return [...words];
  }
  if (split === null || split.text !== text || start >= end) return splitRange(text, start, end, null);
  const { words, matchEnds } = split;
  // The first whole-text match starting at or after `start` (a trimmed period does not move a start).
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  let last = lo;
  while (last < words.length && matchEnds[last] <= end) last++;
  if (last === lo) return splitRange(text, start, end, null);
  // A word cut by `start` ends where the first whole word begins; one cut by `end` begins where the last whole word's match ends.
  const head = words[lo].start > start ? splitRange(text, start, words[lo].start, null) : [];
  const tail = matchEnds[last - 1] < end ? splitRange(text, matchEnds[last - 1], end, null) : [];
  return [...head, ...words.slice(lo, last), ...tail];
}

// Per phrase table, the first word of every key (up to its first space): a word that starts none is
// answered without building a key. Tables are vocabularies, built once and never changed after.
const firstWordsByTable = new WeakMap<ReadonlyMap<string, unknown>, ReadonlySet<string>>();

function firstWordsOf(phrases: ReadonlyMap<string, unknown>): ReadonlySet<string> {
  let firsts = firstWordsByTable.get(phrases);
  if (!firsts) {
    firsts = new Set([...phrases.keys()].map((key) => (key.includes(' ') ? key.slice(0, key.indexOf(' ')) : key)));
    firstWordsByTable.set(phrases, firsts);
  }
  return firsts;
}

/**
 * The longest phrase of `phrases` (keys normalised by `normalizePhrase`) that starts at `words[i]`,
 * as its length in words and its value. `phrases` must not change once it has been asked (its
 * first words are kept per table).
 */
export function matchLongest<V>(words: readonly Word[], i: number, phrases: ReadonlyMap<string, V>, maxLen = 5): { readonly len: number; readonly value: V } | null {
  // A word norm holds no space, so every key it can start begins with exactly that norm.
  if (i >= words.length || !firstWordsOf(phrases).has(words[i].norm)) return null;
  // Keys are built once, shortest first, then tried longest first: this runs at every word.
  const keys: string[] = [];
  const longest = Math.min(maxLen, words.length - i);
  for (let len = 1; len <= longest; len++) keys.push(len === 1 ? words[i].norm : `${keys[len - 2]} ${words[i + len - 1].norm}`);
  for (let len = longest; len >= 1; len--) {
    const value = phrases.get(keys[len - 1]);
    if (value !== undefined) return { len, value };
  }
  return null;
}
