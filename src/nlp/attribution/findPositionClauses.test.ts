import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('findPositionClauses (through findAttributions)', () => {
  it('reads "ICE\'s position is that …" as ICE\'s account, past an opening connective', () => {
    expect(attribute("So ICE's position is that the man drove his pickup at officers. Is that fair?")).toEqual([['ICE', 'position is that', ['the man drove his pickup at officers']]]);
    expect(attribute("The family's view has always been that he was unarmed.")).toEqual([['The family', 'view has always been that', ['he was unarmed']]]);
  });

  it('reads nothing where the noun is not followed by "is that" and a clause', () => {
    expect(attribute("The agency's position is clear.")).toEqual([]);
    expect(attribute("The agency's position is that of a bystander.")).toEqual([]);
  });
});
