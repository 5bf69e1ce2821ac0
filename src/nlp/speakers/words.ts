/** A word of a span, with what speaker resolution needs to know about its form. */
export interface Word {
  readonly text: string;
  /** Lower-cased, without a trailing period or possessive ending: "Gov." → "gov", "Jimenez’s" → "jimenez". */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
  /** "Jimenez’s", "Sosa-Celis’": the word names a possessor. */
  readonly possessive: boolean;
  readonly capitalized: boolean;
}

// Letters and digits joined by periods, apostrophes or hyphens ("U.S.", "O'Hara", "Sosa-Celis"),
// with an optional final period so abbreviations such as "Gov." keep theirs.
const WORD = /[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*\.?/gu;

export function normalizeWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/['’]s$/, '');
}

/** "U.S. Attorney" → "u.s attorney": the key vocab phrases and word runs are compared by. */
export function normalizePhrase(phrase: string): string {
  return phrase.trim().split(/\s+/).map(normalizeWord).join(' ');
}

/** Strips diacritics and case so "NINO-MONCADA" and "Niño-Moncada" compare equal. */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]s$/, '');
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
    const possessive = /['’]s$/.test(raw) || (/s$/.test(raw) && (after === '’' || after === "'") && !/\p{L}/u.test(text[at + raw.length + 1] ?? ''));
    words.push(Object.freeze({ text: raw, norm: normalizeWord(raw), start: at, end: at + raw.length, possessive, capitalized: /^\p{Lu}/u.test(raw) }));
  }
  return words;
}

/**
 * The longest phrase of `phrases` (keys normalised by `normalizePhrase`) that starts at `words[i]`,
 * as its length in words and its value.
 */
export function matchLongest<V>(words: readonly Word[], i: number, phrases: ReadonlyMap<string, V>, maxLen = 5): { readonly len: number; readonly value: V } | null {
  for (let len = Math.min(maxLen, words.length - i); len >= 1; len--) {
    const key = words
      .slice(i, i + len)
      .map((w) => w.norm)
      .join(' ');
    const value = phrases.get(key);
    if (value !== undefined) return { len, value };
  }
  return null;
}
