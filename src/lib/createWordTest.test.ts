import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWordTest } from './createWordTest.js';

const byRegex = (word: string, text: string): boolean => new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'iu').test(text);

describe('createWordTest', () => {
  it('finds a word whole, in any case, and not inside another word', () => {
    const cho = createWordTest('Cho');
    expect(cho('Dan Cho said')).toBe(true);
    expect(cho('DAN CHO SAID')).toBe(true);
    expect(cho('“Cho,” she said')).toBe(true);
    expect(cho('Choi said')).toBe(false);
    expect(cho('Macho said')).toBe(false);
    expect(cho('Cho_1 said')).toBe(false);
    expect(cho('')).toBe(false);
  });

  it('reads a word with punctuation as written, not as a pattern', () => {
    expect(createWordTest('St. John')('the St. John family')).toBe(true);
    expect(createWordTest('St. John')('the Stx John family')).toBe(false);
    expect(createWordTest("O'Neil")('Ms. O’Neil and Mr. O\'Neil')).toBe(true);
  });

  it('answers as /iu does for the long s, the Kelvin sign and the dotted capital I', () => {
    // The long s and the Kelvin sign match s and k under /iu, and are word characters there.
    expect(createWordTest('Ross')('Roſs said')).toBe(true);
    expect(createWordTest('Ros')('Roſs said')).toBe(false);
    expect(createWordTest('Kim')('\u212Aim said')).toBe(true);
    expect(createWordTest('Li')('Li\u212A said')).toBe(false);
    // The dotted capital I lower-cases to two characters; it matches no ASCII i under /iu.
    expect(createWordTest('Ilk')('\u0130lk said')).toBe(false);
    expect(createWordTest('Ilk')('\u0130lk and Ilk said')).toBe(true);
  });

  it('answers as a non-ASCII word does through its regex', () => {
    expect(createWordTest('Núñez')('Ana NÚÑEZ said')).toBe(true);
    expect(createWordTest('Núñez')('Ana Núñezes said')).toBe(false);
  });

  it('agrees with the regex it stands for on any word and text', () => {
    const chars = ['a', 'A', 'b', 's', 'S', 'k', 'K', 'i', 'I', '1', '_', ' ', '.', '-', "'", '’', 'é', 'É', '\u017f', '\u212A', '\u0130', '\u0131', 'ß', '\ud83d\ude00', '\ud800', '\n'];
    const asciiChars = chars.filter((c) => c.length === 1 && c.charCodeAt(0) <= 0x7f).concat(['*', '(', '\\', '$', '?']);
    const text = fc.array(fc.constantFrom(...chars), { maxLength: 14 }).map((cs) => cs.join(''));
    const word = fc.oneof(fc.array(fc.constantFrom(...asciiChars), { minLength: 1, maxLength: 4 }), fc.array(fc.constantFrom(...chars), { maxLength: 3 })).map((cs) => cs.join(''));
    fc.assert(
      fc.property(word, fc.array(text, { minLength: 1, maxLength: 4 }), (w, texts) => {
        const test = createWordTest(w);
        for (const t of texts) expect(test(t)).toBe(byRegex(w, t));
      }),
      { numRuns: 20_000 },
    );
  });
});
