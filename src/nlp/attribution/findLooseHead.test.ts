import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('findLooseHead: speaker heads the tagger mislabels', () => {
  it('takes a lone quantifier that opens its clause', () => {
    expect(attribute('Some said the vote was close.')).toEqual([['Some', 'said', ['the vote was close']]]);
    expect(attribute('Most believe the mayor will win.')).toEqual([['Most', 'believe', ['the mayor will win']]]);
    expect(attribute('Many speculated that the mayor would resign.')).toEqual([['Many', 'speculated', ['the mayor would resign']]]);
  });

  it('takes a fraction read as an adverb with its determiner', () => {
    expect(attribute('And a third said the vote was close.')).toEqual([['a third', 'said', ['the vote was close']]]);
    expect(attribute('Less than a third agreed that the vote was close.')).toEqual([['Less than a third', 'agreed', ['the vote was close']]]);
  });

  it('takes a role noun read as an adjective after a determiner, and leaves "overall" out of the verb group', () => {
    expect(attribute('The Republican incumbent said her position was genuine.')).toEqual([['The Republican incumbent', 'said', ['her position was genuine']]]);
    expect(attribute('But 58 percent of voters overall said they would stay home.')).toEqual([['58 percent of voters', 'said', ['they would stay home']]]);
  });

  it('reads "most" before an adverb as part of it, not as the speaker', () => {
    const found = attribute('The senator, who most recently defended the plan, left.');
    expect(found.some((f) => f[0] === 'most')).toBe(false);
    expect(attribute('The dog barking said nothing.')).toEqual([]);
  });
});
