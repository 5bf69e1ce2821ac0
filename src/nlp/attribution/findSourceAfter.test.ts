import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('findSourceAfter: a speaker after the cue with a restrictive relative', () => {
  it('keeps a relative that ends on a verb or an adverb, headed by the noun before "who"', () => {
    expect(attribute('"The gate was open," said a neighbor who filmed part of the stop on his phone and asked not to be named.')).toEqual([
      ['a neighbor who filmed part of the stop on his phone and asked not to be named', 'said', ['The gate was open,']],
    ]);
    expect(attribute('"It was loud," said a woman who lives nearby.')).toEqual([['a woman who lives nearby', 'said', ['It was loud,']]]);
  });

  it('does not make a speaker of what a participle tells', () => {
    expect(attribute('She ran warm ads, telling the story of a baker who had to close.')).toEqual([]);
  });
});
