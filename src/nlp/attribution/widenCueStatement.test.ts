import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('widenCueStatement: "in a statement" after the cue', () => {
  it('belongs to the cue of a reported clause and of a quotation', () => {
    expect(attribute('Tom Brell said in a statement that the pier would reopen.')).toEqual([['Tom Brell', 'said in a statement', ['the pier would reopen']]]);
    expect(attribute('“The pier will reopen,” Tom Brell said in a statement.')).toEqual([['Tom Brell', 'said in a statement', ['The pier will reopen,']]]);
  });

  it('leaves other media out of the cue', () => {
    expect(attribute('Tom Brell said in an interview that the pier would reopen.')).toEqual([['Tom Brell', 'said', ['the pier would reopen']]]);
  });
});
