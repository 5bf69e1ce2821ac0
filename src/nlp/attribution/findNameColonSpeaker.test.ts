import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('findNameColonSpeaker: "Name: “…”"', () => {
  it('takes a name before a colon and a quotation, at the line start, after a dash or "More from"', () => {
    expect(attribute('Lane Research: “All the samples include more engaged people.”')).toEqual([['Lane Research', ':', ['All the samples include more engaged people.']]]);
    expect(attribute('TURNOUT IS UP - Ana Ruiz: “The county has never voted this early.”')).toContainEqual(['Ana Ruiz', ':', ['The county has never voted this early.']]);
    expect(attribute('More from Hale: “The partisanship of the state is a starting point.”')).toContainEqual(['Hale', ':', ['The partisanship of the state is a starting point.']]);
  });

  it('leaves labels and a place after "from" alone', () => {
    expect(attribute('Watch: “The mayor is here.”')).toEqual([]);
    const found = attribute('He said the judge was from Mexico: “The judge is fine.”');
    expect(found.some((f) => f[0] === 'Mexico')).toBe(false);
  });
});

describe('findNameColonSpeaker: a title before the name (stop 40)', () => {
  it('takes "ICE spokesman Luis Ortiz:" whole as the source of the quotation after it', () => {
    expect(attribute('The agency disagrees. ICE spokesman Luis Ortiz: “The man tried to flee.”')).toContainEqual(['ICE spokesman Luis Ortiz', ':', ['The man tried to flee.']]);
  });

  it('leaves a phrase that names no one, and one whose verb the tagger read as a noun', () => {
    expect(attribute('The bottom line: “The man tried to flee.”')).toEqual([]);
    expect(attribute('Frank quotes former Carter adviser Alfred Kahn: “I would love the drivers to be worse off.”').some((f) => String(f[0]).startsWith('Frank quotes'))).toBe(false);
  });
});

describe('findNameColonSpeaker: a short appositive before the colon (stop 56)', () => {
  it('takes "U.S. Rep. Veronica Escobar, a Democrat:" after a dash as the speaker of the quotation', () => {
    expect(attribute('The sharpest words came from the congresswoman who represents the area — U.S. Rep. Veronica Escobar, a Democrat: "An agent does not get to shoot first."')).toContainEqual([
      'U.S. Rep. Veronica Escobar, a Democrat',
      ':',
      ['An agent does not get to shoot first.'],
    ]);
    // An appositive after no name names no one.
    expect(attribute('The bottom line, a reader wrote: "It is late."').map((r) => r[0])).not.toContain('The bottom line, a reader');
  });
});

describe('findNameColonSpeaker: a hyphenated name, and "attributed to" (stop 69)', () => {
  it('keeps "Caldwell-Moss" whole: the hyphen joins the name, no dash opens it', () => {
    expect(attribute('— Renata Caldwell-Moss: “It was a riot.”')).toContainEqual(['Renata Caldwell-Moss', ':', ['It was a riot.']]);
  });

  it('takes the name and title after "The following statement may be attributed to"', () => {
    expect(attribute('The following statement may be attributed to Assistant Secretary for Public Affairs Renata Caldwell-Moss: “It was a riot.”')).toContainEqual([
      'Assistant Secretary for Public Affairs Renata Caldwell-Moss',
      ':',
      ['It was a riot.'],
    ]);
  });
});
