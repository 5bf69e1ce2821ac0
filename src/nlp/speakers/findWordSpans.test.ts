import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findWordSpans } from './findWordSpans.js';

// The statement of the rule: the scan must find exactly the matches of this regex in the slice.
const WORD = /[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*\.?/gu;

function byRegex(text: string, start: number, end: number): number[] {
  return [...text.slice(start, end).matchAll(WORD)].flatMap((m) => [start + m.index, start + m.index + m[0].length]);
}

// Letters of several scripts, digits, joiners, a mathematical capital (a surrogate pair), lone surrogates, spaces, marks.
const piece = fc.constantFrom('a', 'Z', 'é', 'ß', 'ǅ', 'ж', '٣', '7', '.', "'", '’', '-', ' ', ',', '\u0301', '\u{1D400}', '\ud835', '\udc00', '“', '\n');
const textish = fc.array(piece, { maxLength: 40 }).map((ps) => ps.join(''));

describe('findWordSpans', () => {
  it('finds the words, joined pieces and abbreviation periods of a sentence', () => {
    const text = 'Gov. Ana Haddad-Ruiz told the U.S. court in O’Hara’s case: no.';
    const spans = findWordSpans(text, 0, text.length);
    const words = [];
    for (let k = 0; k < spans.length; k += 2) words.push(text.slice(spans[k], spans[k + 1]));
    expect(words).toEqual(['Gov.', 'Ana', 'Haddad-Ruiz', 'told', 'the', 'U.S.', 'court', 'in', 'O’Hara’s', 'case', 'no.']);
  });

  it('agrees with the regular expression on any text and any slice of it', () => {
    fc.assert(
      fc.property(textish, fc.nat(40), fc.nat(40), (text, a, b) => {
        const start = Math.min(a, b, text.length);
        const end = Math.min(Math.max(a, b), text.length);
        expect(findWordSpans(text, start, end)).toEqual(byRegex(text, start, end));
      }),
      { numRuns: 5000 },
    );
  });
});
