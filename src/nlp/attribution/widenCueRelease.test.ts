import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('widenCueRelease: a participle cue after a released statement takes the release (round 24)', () => {
  it('widens the cue back to the verb of releasing, over a modifier, a day and a comma', () => {
    expect(attribute('The county issued a statement saying the levee had held.')).toEqual([['The county', 'issued a statement saying', ['the levee had held']]]);
    expect(attribute('Ana Ruiz also sent a fundraising email Wednesday evening, saying the levee had held.').map((f) => f[1])).toEqual(['also sent a fundraising email Wednesday evening, saying']);
  });

  it('leaves the participle alone after anything else', () => {
    expect(attribute('Ana Ruiz released the report, saying the levee had held.').map((f) => f[1])).toEqual(['saying']);
  });
});
