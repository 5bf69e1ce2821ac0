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

// Letters and digits joined by periods, apostrophes or hyphens ("U.S.", "O'Hara", "Haddad-Ruiz"),
// with an optional final period so abbreviations such as "Gov." keep theirs.
const WORD = /[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*\.?/gu;

export function normalizeWord(word: string): string {
  // The same as replacing /\.$/ then /['’]s$/, without two regular expressions per word: every
  // word of every document passes here.
  let norm = word.toLowerCase();
  if (norm.endsWith('.')) norm = norm.slice(0, -1);
  if (norm.endsWith('s') && (norm[norm.length - 2] === "'" || norm[norm.length - 2] === '’')) norm = norm.slice(0, -2);
  return norm;
}

/** "U.S. Attorney" → "u.s attorney": the key vocab phrases and word runs are compared by. */
export function normalizePhrase(phrase: string): string {
  return phrase.trim().split(/\s+/).map(normalizeWord).join(' ');
}

const NOT_PLAIN_ASCII = /[^ -~]/;

/** Strips diacritics and case so "NUNEZ-PAZ" and "Núñez-Paz" compare equal. */
export function foldName(name: string): string {
  // Plain ASCII has no diacritics to strip: most words skip the Unicode normalisation.
  const bare = NOT_PLAIN_ASCII.test(name) ? name.normalize('NFD').replace(/\p{M}/gu, '') : name;
  return bare.toLowerCase().replace(/['’]s$/, '');
}

export function splitWords(text: string, start = 0, end = text.length): Word[] {
  const words: Word[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(WORD)) {
    let raw = m[0];
    const at = start + (m.index ?? 0);
    // A sentence-final period is punctuation, not part of the word, unless the word is an abbreviation.
    if (raw.endsWith('.') && !/^(?:\p{L}\.)+$|^\p{Lu}\p{Ll}{0,3}\.$/u.test(raw)) raw = raw.slice(0, -1);
    const after = text[at + raw.length];
    // Character tests rather than regular expressions where they say the same: this runs at every word.
    const endsInS = raw.endsWith('s');
    const beforeS = raw[raw.length - 2];
    const possessive = (endsInS && (beforeS === "'" || beforeS === '’')) || (endsInS && (after === '’' || after === "'") && !/\p{L}/u.test(text[at + raw.length + 1] ?? ''));
    const first = raw.charCodeAt(0);
    const capitalized = first < 128 ? first >= 65 && first <= 90 : /^\p{Lu}/u.test(raw);
    words.push(Object.freeze({ text: raw, norm: normalizeWord(raw), start: at, end: at + raw.length, possessive, capitalized }));
  }
  return words;
}

/**
 * The longest phrase of `phrases` (keys normalised by `normalizePhrase`) that starts at `words[i]`,
 * as its length in words and its value.
 */
export function matchLongest<V>(words: readonly Word[], i: number, phrases: ReadonlyMap<string, V>, maxLen = 5): { readonly len: number; readonly value: V } | null {
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
