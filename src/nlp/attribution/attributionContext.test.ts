import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens/tokenize.js';
import { tokensInSpan } from './attributionContext.js';

describe('tokensInSpan', () => {
  it('gives the tokens lying wholly inside a span, none for no span', () => {
    const text = 'Ana Ruiz said the plan was dead.';
    const tokens = tokenize(text);
    const start = text.indexOf('the plan');
    expect(tokensInSpan(tokens, { start, end: start + 'the plan'.length }).map((k) => tokens[k].text)).toEqual(['the', 'plan']);
    // A token cut by the span's end is left out.
    expect(tokensInSpan(tokens, { start, end: start + 'the pl'.length }).map((k) => tokens[k].text)).toEqual(['the']);
    expect(tokensInSpan(tokens, null)).toEqual([]);
  });
});
