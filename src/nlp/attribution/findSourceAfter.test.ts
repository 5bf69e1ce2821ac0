import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('findSourceAfter: a speaker after the cue with a restrictive relative', () => {
  it('keeps a relative that ends on a verb or an adverb, headed by the noun before "who"', () => {
    expect(attribute('"The gate was open," said a neighbor who filmed part of the stop on his phone and asked not to be named.')).toEqual([
      ['a neighbor who filmed part of the stop on his phone and asked not to be named', 'said', ['The gate was open,']],
    ]);
    expect(attribute('"It was loud," said a woman who lives nearby.')).toEqual([['a woman who lives nearby', 'said', ['It was loud,']]]);
  });

  it('does not make a speaker of what a participle tells', () => {
    expect(attribute('She ran warm ads, telling the story of a baker who had to close.')).toEqual([]);
  });
});

describe('findSourceAfter: a report phrase after the speaker names how, not who', () => {
  it('ends the speaker before "in a Friday tweet", "in a written statement"', () => {
    expect(attribute('“There is no organized plan,” said county spokesman Tom Hale in a Friday tweet.').map((f) => f[0])).toEqual(['county spokesman Tom Hale']);
    expect(attribute('“There is no plan,” said Tom Hale in a written statement.').map((f) => f[0])).toEqual(['Tom Hale']);
  });

  it('keeps a phrase that names where the speaker comes from', () => {
    expect(attribute('“There is no plan,” said Tom Hale of the Harbor Gazette.').map((f) => f[0])).toEqual(['Tom Hale of the Harbor Gazette']);
  });
});

describe('findSourceAfter: a role after the speaker that runs to the sentence end (round 23)', () => {
  it('keeps prepositions inside the role', () => {
    expect(attribute('“The levee held,” said Dr. Ana Ruiz, the award-winning former county engineer under Governor Tom Hale.').map((f) => f[0])).toEqual([
      'Dr. Ana Ruiz, the award-winning former county engineer under Governor Tom Hale',
    ]);
    expect(attribute('“The levee held,” said Dan Ortiz Jr., a senior county official during Tom Hale’s administration.').map((f) => f[0])).toEqual([
      'Dan Ortiz Jr., a senior county official during Tom Hale’s administration',
    ]);
  });

  it('lets "one of" open the role', () => {
    expect(attribute('“The levee held,” writes Dan Ortiz, one of several vocal critics on staff at the Salem Star.').map((f) => f[0])).toEqual(['Dan Ortiz, one of several vocal critics on staff at the Salem Star']);
  });

  it('ends the role before a participle after a comma', () => {
    expect(attribute('“The levee held,” said Ana Ruiz, the county press secretary, echoing comments made earlier by the mayor.').map((f) => f[0])).toEqual(['Ana Ruiz, the county press secretary']);
  });

  it('reads no role past a comma and a preposition, nor one a participle opens', () => {
    expect(attribute('“The levee held,” said Dan Ortiz, a Ruiz backer, on Monday, hours after the county released the figures.').map((f) => f[0])).toEqual(['Dan Ortiz']);
    expect(attribute('“The levee held,” said one county clerk, tweeting a link to a story about the flood.').map((f) => f[0])).toEqual(['one county clerk']);
  });
});

describe('findSourceAfter: an age after the speaker named after the cue (round 24)', () => {
  it('keeps the age and the role, place or relative after it to the sentence end', () => {
    expect(attribute('“The levee held,” said Ida Brandt, 67, a retired nurse from Mapleton.').map((f) => f[0])).toEqual(['Ida Brandt, 67, a retired nurse from Mapleton']);
    expect(attribute('“The levee held,” said Ida Brandt, 67, of Mapleton.').map((f) => f[0])).toEqual(['Ida Brandt, 67, of Mapleton']);
    expect(attribute('“The levee held,” said Ida Brandt, 67, who has farmed by the river since 1980.').map((f) => f[0])).toEqual(['Ida Brandt, 67, who has farmed by the river since 1980']);
    expect(attribute('“The levee held,” said Ida Brandt, 67.').map((f) => f[0])).toEqual(['Ida Brandt, 67']);
  });

  it('stops at the name when a clause of its own or a quotation follows the age', () => {
    expect(attribute('“The levee held,” said Ida Brandt, 67, of Mapleton, but the town was flooded.').map((f) => f[0])).toEqual(['Ida Brandt']);
    expect(attribute('“The levee held,” said Ida Brandt, 67, of Mapleton, who said the town was spared.').map((f) => f[0])).toEqual(['Ida Brandt', 'who']);
  });
});

describe('findSourceAfter: "that" after a noun opens a relative inside the role (round 24)', () => {
  it('runs the role over "a group that …" to the sentence end', () => {
    expect(attribute('“The levee held,” said Ana Ruiz, a director at the Lane Institute, a group that favors dams.').map((f) => f[0])).toEqual([
      'Ana Ruiz, a director at the Lane Institute, a group that favors dams',
    ]);
  });
});

describe('findSourceAfter: a short place ending the sentence before a name', () => {
  it('ends the speaker at the full stop of "… of El Paso. Smith said": no title abbreviation', () => {
    expect(attribute('"She is awake," said Debra Vance of El Paso. Smith said she had two surgeries.').map((f) => f[0])).toEqual(['Debra Vance of El Paso', 'Smith']);
    expect(attribute('"It is over," said Tom Hale, who lives in Gaza. Lee said the talks failed.').map((f) => f[0])).toEqual(['Tom Hale', 'Lee']);
  });

  it('still reads a title abbreviation before a name as part of the speaker', () => {
    expect(attribute('"It is over," said the Rev. Ana Lombardi.').map((f) => f[0])).toEqual(['the Rev. Ana Lombardi']);
  });
});


describe('findSourceAfter: an adverbial of the report after the appositive (stop 58)', () => {
  it('closes "said her attorney, Ernesto Bautista Lozano of the firm Bautista & Reyes," before ", at a news conference outside …"', () => {
    const text = '"They hurt her," said her attorney, Ernesto Bautista Lozano of the firm Bautista & Reyes, at a news conference outside the federal courthouse. "So they invented a crime."';
    expect(attribute(text).map((f) => f[0])).toEqual(['her attorney, Ernesto Bautista Lozano of the firm Bautista & Reyes']);
  });
});
