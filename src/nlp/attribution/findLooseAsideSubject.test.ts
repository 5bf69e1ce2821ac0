import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('findLooseAsideSubject: asides the appositive scan cannot read', () => {
  it('takes the subject before an aside opened by an adverb, a pronoun or an age', () => {
    expect(attribute('Ana Ruiz, also campaigning in Ohio, said the county would vote early.')).toEqual([['Ana Ruiz', 'said', ['the county would vote early']]]);
    expect(attribute('Tom Hale, then 38, said he was told to find a new deputy.')).toEqual([['Tom Hale', 'said', ['he was told to find a new deputy']]]);
    expect(attribute('Ana Ruiz, herself up for reelection in 2018, said she voted against the bill.')).toEqual([['Ana Ruiz', 'said', ['she voted against the bill']]]);
  });

  it('keeps an appositive with a party tag, a participle or a pronoun in it whole', () => {
    expect(attribute('Sen. Ana Ruiz, R-Wis., said the state budget was balanced.')).toEqual([['Sen. Ana Ruiz, R-Wis.', 'said', ['the state budget was balanced']]]);
    expect(attribute('Ana Ruiz, a nurse supporting the union, said the hospital was understaffed.')).toEqual([['Ana Ruiz, a nurse supporting the union', 'said', ['the hospital was understaffed']]]);
  });

  it('keeps an appositive with a quoted title in it, verbs and all', () => {
    expect(attribute('Hale, the author of "Who Built the Docks" and two other books, said the old piers were torn down.')).toEqual([['Hale, the author of "Who Built the Docks" and two other books', 'said', ['the old piers were torn down']]]);
    // A participle's aside stays out of the source, as other asides do.
    expect(attribute('The flyer, headed "Who Pays?", argues that the fee is too high.')).toEqual([['The flyer', 'argues', ['the fee is too high']]]);
    // A quotation that opens the stretch is no title: it may be the subject's own words.
    expect(attribute('Ana Ruiz, "we will never give up," said the vote was close.').some(([source]) => source?.startsWith('Ana Ruiz'))).toBe(false);
  });

  it('names nobody when the opening phrase is a time or a clause', () => {
    expect(attribute('Last year, also in Ohio, said the county would vote early.')).toEqual([]);
    const found = attribute('The vote was close, then 38, said the clerk.');
    expect(found.some((f) => f[0] === 'The vote')).toBe(false);
  });
});

describe('findDashAsideSubject: an aside between dashes', () => {
  it('takes the subject before the aside, the aside left out', () => {
    expect(attribute('Ana Ruiz — after a long pause — told reporters she would run again.')).toEqual([['Ana Ruiz', 'told', ['she would run again']]]);
    expect(attribute('Tom Hale — who is listed as a lawyer but does not practise — said he would not appeal.')).toContainEqual(['Tom Hale', 'said', ['he would not appeal']]);
  });

  it('takes the subject after a short opening phrase, and between spaced hyphens', () => {
    expect(attribute('On Tuesday, Tom Hale — who is listed as a lawyer but does not practise — told the Star he would not appeal.')).toEqual([['Tom Hale', 'told', ['he would not appeal']]]);
    expect(attribute('Ana Ruiz - the clerk and a member of the board - told the Star that the vote was close.')).toEqual([['Ana Ruiz', 'told', ['the vote was close']]]);
  });

  it('names nobody when a quotation or a time opens the stretch', () => {
    expect(attribute('Last week — after a long pause — said the vote was close.')).toEqual([]);
    expect(attribute('Ana Ruiz — "never again" — said the vote was close.').some((f) => f[0] === 'Ana Ruiz')).toBe(false);
  });
});
