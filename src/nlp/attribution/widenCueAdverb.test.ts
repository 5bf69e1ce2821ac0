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
