import { describe, expect, it } from 'vitest';
import { forEachWord } from './forEachWord.js';

const wordsOf = (text: string, limit = Infinity): string[] => {
  const words: string[] = [];
  forEachWord(text, limit, (start, end) => words.push(text.slice(start, end)));
  return words;
};

describe('forEachWord', () => {
  it('reads runs of letters of any script, astral ones included, and stops at the limit', () => {
    expect(wordsOf("Él dijo: «¡no!» — l’agent, 3 agents's")).toEqual(['Él', 'dijo', 'no', 'l', 'agent', 'agents', 's']);
    expect(wordsOf('𝒜b c\uD800d')).toEqual(['𝒜b', 'c', 'd']);
    expect(wordsOf('one two three four', 2)).toEqual(['one', 'two']);
    expect(wordsOf('')).toEqual([]);
  });

  it('finds the words /\\p{L}+/gu finds, on random text', () => {
    const alphabet = ['a', 'Z', 'é', 'Ж', 'ß', 'ﬁ', ' ', '.', '’', '1', '\n', '\u0301', '𝒜', '\uD800', '\uDC00', '_', 'ǅ', '😀'];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: Math.floor(next() * 40) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      expect(wordsOf(text)).toEqual([...text.matchAll(/\p{L}+/gu)].map((m) => m[0]));
    }
  });
});
