import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences/splitSentences.js';
import { tokenize } from '../tokens/tokenize.js';
import { findAttributions } from './findAttributions.js';

function cues(text: string): (string | undefined)[] {
  const tokens = tokenize(text);
  return findAttributions(text, { tokens, sentences: splitSentences(text, tokens) }).map((a) => a.cue?.text);
}

describe('dropEmbeddedPronounReports', () => {
  it('drops a pronoun speaker that heads a clause inside another', () => {
    // Without the pass each of these gave the pronoun a relation of its own.
    expect(cues('Nobody asked what he believes the council should do next.')).toEqual([]);
    expect(cues('Voters wanted to know how she thinks the county should pay for the bridge.')).toEqual([]);
    expect(cues('Residents doubt that he said the county would pay.')).toEqual([]);
  });

  it('keeps a pronoun speaker that opens its own clause', () => {
    expect(cues('After the vote, she said the clinic would stay open.')).toEqual(['said']);
    expect(cues('The council met, and he said the clinic would stay open.')).toEqual(['said']);
  });
});
