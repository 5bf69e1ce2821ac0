import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('widenOverNounList: a list of speakers before the cue', () => {
  it('names the whole list, not its last items', () => {
    expect(attribute('Friends, neighbours and former rivals say that the mayor is right.')).toEqual([['Friends, neighbours and former rivals', 'say', ['the mayor is right']]]);
    expect(attribute('Most voters in Salem, Albany and Dayton said they backed the levy.')).toEqual([['Most voters in Salem, Albany and Dayton', 'said', ['they backed the levy']]]);
  });

  it('keeps the speaker after an opening phrase, a time or a subject pronoun', () => {
    expect(attribute('In Ohio, Ruiz and Lee said the vote was close.')).toEqual([['Ruiz and Lee', 'said', ['the vote was close']]]);
    expect(attribute('Last week, Ruiz and Lee said the vote was close.')).toEqual([['Ruiz and Lee', 'said', ['the vote was close']]]);
    expect(attribute('Early in the campaign, he and other rivals complained that the debates were hidden.')[0]?.[0]).toBe('he and other rivals');
  });
});
