import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('opensConcession (stop 58)', () => {
  it('reads a clause opened by "though" after the cue and a comma as the writer\'s, not what the cue reports', () => {
    expect(attribute('"Slammed" is a fair reading of what the video shows, though one witness said Barajas pulled away once.')).toEqual([
      ['one witness', 'said', ['Barajas pulled away once']],
    ]);
  });

  it('keeps a parenthetical "though" and an aside before the reported clause', () => {
    expect(attribute('The video shows, though, that he ran.').map((f) => f[1])).toEqual(['shows']);
    expect(attribute('The agency said, though he disputes it, that he ran.').map((f) => f[1])).toEqual(['said']);
  });
});
