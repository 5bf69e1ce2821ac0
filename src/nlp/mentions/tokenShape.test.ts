import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Token } from '../../domain/analysis.js';
import { tokenize } from '../tokens/tokenize.js';
import { isAllCaps, isCapitalized, isSentenceStart, tokenIndexAt } from './tokenShape.js';

describe('tokenShape', () => {
  const text = 'Deputies left. \u201cWe waited,\u201d said ROSS.\nNext came Lee.';
  const tokens = tokenize(text);
  const at = (word: string) => tokens.findIndex((t) => t.text === word);

  it('sees sentence and line starts through opening quotes', () => {
    expect(isSentenceStart(text, tokens, at('Deputies'))).toBe(true);
    expect(isSentenceStart(text, tokens, at('We'))).toBe(true);
    expect(isSentenceStart(text, tokens, at('Next'))).toBe(true);
    expect(isSentenceStart(text, tokens, at('Lee'))).toBe(false);
  });

  it('tells capitals and finds tokens by offset', () => {
    expect(isAllCaps(tokens[at('ROSS')])).toBe(true);
    expect(isAllCaps(tokens[at('Lee')])).toBe(false);
    expect(tokenIndexAt(tokens, text.indexOf('Lee'))).toBe(at('Lee'));
  });

  it('answers as the Unicode rules do, ASCII or not', () => {
    const piece = fc.constantFrom('A', 'z', 'Q', 'é', 'É', 'ß', 'ǅ', 'Ж', 'ж', '1', '-', "'", '’', '.', '\u{1D400}');
    const shape = (text: string): Token => ({ start: 0, end: text.length, text, pos: 'PROPN', normal: text.toLowerCase(), lemma: text });
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }).map((ps) => ps.join('')), (text) => {
        expect(isCapitalized(shape(text))).toBe(/^\p{Lu}/u.test(text));
        expect(isAllCaps(shape(text))).toBe(/\p{L}/u.test(text) && !/\p{Ll}/u.test(text));
      }),
      { numRuns: 3000 },
    );
  });
});
