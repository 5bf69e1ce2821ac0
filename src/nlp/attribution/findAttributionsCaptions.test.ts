import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('findAttributions: "captioned", a cue of posts (stop 63)', () => {
  it('gives the words a post was captioned with to the one who posted it', () => {
    expect(attribute('"Reverse lights on. Officer behind the truck. Case closed," he captioned it.')).toEqual([['he', 'captioned', ['Reverse lights on. Officer behind the truck. Case closed,']]]);
    expect(attribute('"Bring candles, bring your neighbors," the group captioned a flyer.')).toEqual([['the group', 'captioned', ['Bring candles, bring your neighbors,']]]);
  });
});
