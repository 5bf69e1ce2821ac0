import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('widenCueGroup: the verb group, without a subordinator (round 24)', () => {
  it('keeps adverbs and auxiliaries before the verb in the cue', () => {
    expect(attribute('Ana Ruiz has also said the levee held.').map((f) => f[1])).toEqual(['has also said']);
  });

  it('leaves "when" before the verb out of the cue', () => {
    const found = attribute('“We will win,” Ana Ruiz told the Star on Thursday when asked if she would run.');
    expect(found.map((f) => f[1])).toContain('asked');
    expect(found.map((f) => f[1])).not.toContain('when asked');
  });
});
