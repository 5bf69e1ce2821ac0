import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens/tokenize.js';
import { isAllCaps, isSentenceStart, tokenIndexAt } from './tokenShape.js';

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
});
