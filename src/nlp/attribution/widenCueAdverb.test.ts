import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('widenCueAdverb: an adverb closing the tag belongs to the cue (round 24)', () => {
  it('takes an adverb in -ly before the sentence end, a comma, "that" or a quotation mark', () => {
    expect(attribute('“The levee will hold,” he said sarcastically.').map((f) => f[1])).toEqual(['said sarcastically']);
    expect(attribute('Ana Ruiz has said repeatedly that the levee will hold.').map((f) => f[1])).toEqual(['has said repeatedly']);
    expect(attribute('“The levee will hold,” Ana Ruiz said recently, “and the town is safe.”').map((f) => f[1])).toEqual(['said recently']);
  });

  it('leaves an adverb that opens more words, or any other word, out of the cue', () => {
    expect(attribute('“The levee will hold,” he said quietly to the crowd.').map((f) => f[1])).toEqual(['said']);
    expect(attribute('“The levee will hold,” he said again.').map((f) => f[1])).toEqual(['said']);
  });
});

describe('findAttributions: the particle "back" of a verb of saying', () => {
  it('takes "back" into the cue and out of the content', () => {
    expect(attribute('Ms. Ruiz wrote back: “We are ready.”')).toEqual([['Ms. Ruiz', 'wrote back', ['We are ready.']]]);
    expect(attribute('The mayor then writes back, “You look tired.”')).toEqual([['The mayor', 'then writes back', ['You look tired.']]]);
    expect(attribute('“Nonsense,” the mayor wrote back.')).toEqual([['the mayor', 'wrote back', ['Nonsense,']]]);
  });

  it('leaves "back" of a time ("back in 2012") out of the cue', () => {
    expect(attribute('Ruiz said back in 2012 that the plan works.')).toEqual([['Ruiz', 'said', ['the plan works']]]);
  });
});
