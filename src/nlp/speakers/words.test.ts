import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldName, matchLongest, normalizeWord, splitWords, type Word } from './words.js';

// The plain regular-expression statements of each rule: the fast versions must agree with them.
const normalizeByRegex = (word: string) => word.toLowerCase().replace(/\.$/, '').replace(/['’]s$/, '');
const foldByRegex = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]s$/, '');
const capitalizedByRegex = (w: Word) => /^\p{Lu}/u.test(w.text);
// "Alva’s", "ALVA'S" (a transcript's capitals), or "Reyes’" with no letter after the apostrophe, read from the text around the word.
const possessiveByRegex = (text: string, w: Word) => /['’][sS]$/u.test(w.text) || (/s$/u.test(w.text) && /^['’](?!\p{L})/u.test(text.slice(w.end, w.end + 2)));
// A final period stays only on an abbreviation ("U.S.", "Gov."): the word as the regex rule cuts it.
const cutByRegex = (match: string) => (/\.$/.test(match) && !/^(?:\p{L}\.)+$|^\p{Lu}\p{Ll}{0,3}\.$/u.test(match) ? match.slice(0, -1) : match);

function matchLongestBySlices<V>(words: readonly Word[], i: number, phrases: ReadonlyMap<string, V>, maxLen = 5) {
  for (let len = Math.min(maxLen, words.length - i); len >= 1; len--) {
    const value = phrases.get(
      words
        .slice(i, i + len)
        .map((w) => w.norm)
        .join(' '),
    );
    if (value !== undefined) return { len, value };
  }
  return null;
}

// Characters that make the rules interesting: case, diacritics (composed and combining), apostrophes, periods, hyphens,
// and the ASCII neighbours of the capitals ('@', 'Z', '[', DEL), where lower-casing starts and stops.
const wordChar = fc.constantFrom(...'aAsSeÉéñÑoOİßǅ\u0301’\'.-x1@Z[\u007f'.split(''));
const wordish = fc.array(wordChar, { maxLength: 8 }).map((cs) => cs.join(''));
const textish = fc.array(fc.oneof(wordish, fc.constantFrom(' ', '. ', ', ', '\n\n', '“', '” ')), { maxLength: 30 }).map((parts) => parts.join(''));

describe('normalizeWord', () => {
  it('drops a final period and a possessive ending, and lower-cases', () => {
    expect(normalizeWord('Gov.')).toBe('gov');
    expect(normalizeWord('Alva’s')).toBe('alva');
    expect(normalizeWord("O'NEILL'S")).toBe("o'neill");
    expect(normalizeWord('Haddad-Ruiz')).toBe('haddad-ruiz');
  });

  it('agrees with the regular-expression rule on generated words', () => {
    fc.assert(fc.property(wordish, (w) => {
          expect(normalizeWord(w)).toBe(normalizeByRegex(w));
        }), { numRuns: 3000 });
  });
});

describe('foldName', () => {
  it('compares accented and capitalised spellings equal', () => {
    expect(foldName('NUNEZ-PAZ')).toBe(foldName('Núñez-Paz'));
    expect(foldName('Renée’s')).toBe('renee');
  });

  it('agrees with the full Unicode rule on generated words', () => {
    fc.assert(fc.property(wordish, (w) => {
          expect(foldName(w)).toBe(foldByRegex(w));
        }), { numRuns: 3000 });
  });
});

describe('splitWords', () => {
  it('marks possessives and capitals, and keeps abbreviation periods only', () => {
    const text = 'Gov. Reyes’ aides met the Ortiz’s lawyer at 5 p.m. today.';
    const words = splitWords(text);
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text);
    const byText = new Map(words.map((w) => [w.text, w]));
    expect(byText.get('Gov.')?.capitalized).toBe(true);
    expect(byText.get('Reyes')?.possessive).toBe(true);
    expect(byText.get('Ortiz’s')?.possessive).toBe(true);
    expect(byText.get('aides')?.possessive).toBe(false);
    // In capitals too ("ADRIÁN'S MOTHER", a transcript's label), not a plural in capitals ("AGENTS").
    const caps = splitWords("ADRIÁN'S MOTHER AND THE AGENTS");
    expect(caps.map((w) => [w.norm, w.possessive])).toEqual([['adrián', true], ['mother', false], ['and', false], ['the', false], ['agents', false]]);
    expect(byText.get('aides')?.capitalized).toBe(false);
    expect(byText.get('p.m.')).toBeDefined();
    expect(byText.get('today')).toBeDefined();
  });

  it('capitalisation agrees with the Unicode rule, and every span reproduces its text', () => {
    fc.assert(
      fc.property(textish, (text) => {
        const matches = [...text.matchAll(/[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*\.?/gu)];
        const words = splitWords(text);
        expect(words.map((w) => [w.start, w.text])).toEqual(matches.map((m) => [m.index, cutByRegex(m[0])]));
        for (const w of words) {
          expect(w.possessive).toBe(possessiveByRegex(text, w));
          expect(w.capitalized).toBe(capitalizedByRegex(w));
          expect(w.norm).toBe(normalizeByRegex(w.text));
          expect(text.slice(w.start, w.end)).toBe(w.text);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('splits a span of the document last split whole exactly as it splits that span afresh', () => {
    // Long enough for the whole-text split to be kept; the spans start and end anywhere, inside words too.
    const longText = textish.map((t) => `${t} `.repeat(40).slice(0, 700));
    const other = 'An unrelated text kept in between, so the first splits are done afresh. '.repeat(10);
    fc.assert(
      fc.property(longText, fc.array(fc.tuple(fc.nat(700), fc.nat(120)), { minLength: 1, maxLength: 12 }), (text, spans) => {
        splitWords(other);
        const ranges = spans.map(([start, length]) => [start, Math.min(text.length, start + length)] as const);
        const afresh = ranges.map(([start, end]) => splitWords(text, start, end));
        splitWords(text);
        expect(ranges.map(([start, end]) => splitWords(text, start, end))).toEqual(afresh);
      }),
      { numRuns: 300 },
    );
  });
});

describe('matchLongest', () => {
  it('finds the longest phrase starting at a word', () => {
    const words = splitWords('The U.S. Border Patrol agents said');
    const phrases = new Map([
      ['border', 1],
      ['border patrol', 2],
      ['border patrol agents', 3],
    ]);
    expect(matchLongest(words, 2, phrases)).toEqual({ len: 3, value: 3 });
    expect(matchLongest(words, 2, phrases, 2)).toEqual({ len: 2, value: 2 });
    expect(matchLongest(words, 0, phrases)).toBeNull();
  });

  it('finds a phrase whose first word is no key alone, and nothing at a word that starts no key', () => {
    const words = splitWords('Harbor pilots and the harbor master spoke');
    const phrases = new Map([['harbor master', 'm'], ['pilots', 'p']]);
    expect(matchLongest(words, 4, phrases)).toEqual({ len: 2, value: 'm' });
    expect(matchLongest(words, 0, phrases)).toBeNull();
    expect(matchLongest(words, 1, phrases)).toEqual({ len: 1, value: 'p' });
    expect(matchLongest(words, words.length, phrases)).toBeNull();
  });

  it('agrees with matching word slices on generated texts and phrase tables', () => {
    fc.assert(
      fc.property(textish, fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 6 }), fc.integer({ min: 1, max: 6 }), (text, picks, maxLen) => {
        const words = splitWords(text);
        // Phrases cut from the text itself, so some of them match.
        const phrases = new Map(
          picks.map((p, k) =>
            [
              words
                .slice(p % Math.max(words.length, 1), (p % Math.max(words.length, 1)) + 1 + (k % 3))
                .map((w) => w.norm)
                .join(' '),
              k,
            ] as const,
          ),
        );
        for (let i = 0; i <= words.length; i++) expect(matchLongest(words, i, phrases, maxLen)).toEqual(matchLongestBySlices(words, i, phrases, maxLen));
      }),
      { numRuns: 1000 },
    );
  });
});
