import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('nounObjectEnd (through findAttributions)', () => {
  it('ends a report of a noun phrase at ", and" a clause of its own', () => {
    const found = attribute('The first officer arrived four minutes after a 911 caller reported gunshots, and city officers did nothing but direct traffic.');
    expect(found.find((f) => f[1] === 'reported')?.[2]).toEqual(['gunshots']);
  });

  it('leaves a reported clause whole', () => {
    expect(attribute('Ruiz said the truck stopped, and the agent fired.')).toEqual([['Ruiz', 'said', ['the truck stopped, and the agent fired']]]);
  });
});

describe('nounObjectEnd: no preposition\'s object', () => {
  it('reads no report of "asked for the information …, and the answers were not researched"', () => {
    expect(attribute('He could not answer because Republicans had only asked for the information a few hours earlier, and the answers were not fully researched.').map((f) => f[1])).not.toContain('had only asked');
  });
});

describe('nounObjectEnd: a long run before the comma', () => {
  it('leaves a clause the tagger may have misread whole', () => {
    expect(attribute('Obama said inevitable economic changes cost many working-class people their jobs, and some people have trouble adjusting.')[0]?.[2]).toEqual(['inevitable economic changes cost many working-class people their jobs, and some people have trouble adjusting']);
  });
});
