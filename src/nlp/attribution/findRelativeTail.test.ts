import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('findAttributions: inverted tags ("…, said X")', () => {
  it('keeps a speaker followed by a relative clause that runs to the sentence end', () => {
    expect(attribute('The schools are short of money, said Tom Hale, who leads the county board.')).toEqual([['Tom Hale, who leads the county board', 'said', ['The schools are short of money']]]);
    expect(attribute('The schools are short of money, said Tom Hale, whose daughter teaches in Dayton.')).toEqual([['Tom Hale, whose daughter teaches in Dayton', 'said', ['The schools are short of money']]]);
  });

  it('keeps a speaker whose appositive ends on a relative clause', () => {
    expect(attribute('The schools are short of money, said Tom Hale, the head of Parents First, which tracks school budgets.')).toEqual([
      ['Tom Hale, the head of Parents First, which tracks school budgets', 'said', ['The schools are short of money']],
    ]);
  });

  it('refuses a relative that holds a quotation or stops before the sentence end', () => {
    expect(attribute('The schools are short of money, said Tom Hale, who called it "a disgrace."').some((f) => f[1] === 'said')).toBe(false);
    expect(attribute('The schools are short of money, said Tom Hale, who leads the board; the mayor disagreed.').some((f) => f[1] === 'said')).toBe(false);
  });

  it('reads a head that opens with a phrase before a verb of saying, not before a participle', () => {
    expect(attribute('In Dayton, the schools are short of money, said Tom Hale.')).toEqual([['Tom Hale', 'said', ['In Dayton, the schools are short of money']]]);
    const found = attribute('On Monday, the mayor lost the vote, conceding the race to the challenger.');
    expect(found.some((f) => f[0] === 'the race to the challenger')).toBe(false);
  });
});

describe('findAttributions: a tag followed by a spaced dash', () => {
  it('takes the head before the tag, not what follows the dash', () => {
    expect(attribute('The budget will run short this year, the county reported — a shift that will shape the race.')).toEqual([['the county', 'reported', ['The budget will run short this year']]]);
    expect(attribute('The plan is unserious, she said - and then she left the hall.')).toEqual([['she', 'said', ['The plan is unserious']]]);
  });
});

describe('findAttributions: an inverted tag after a doubled apostrophe', () => {
  it("reads `…,'' said X` like `…,” said X`", () => {
    expect(attribute("The plans are ''profoundly irresponsible,'' said Tom Hale.")).toEqual([['Tom Hale', 'said', ["The plans are ''profoundly irresponsible,''"]]]);
    expect(attribute("Mr. Lee is ''building his own network,'' said Ana Ruiz, the campaign's Ohio director.")).toEqual([["Ana Ruiz, the campaign's Ohio director", 'said', ["Mr. Lee is ''building his own network,''"]]]);
  });
});

describe('findAttributions: an inverted tag after a head that reports speech itself', () => {
  it('never takes the object after the verb for a speaker', () => {
    expect(attribute('Kiedis said his band and a friend, known as Dan, wrote new songs.')).toEqual([['Kiedis', 'said', ['his band and a friend, known as Dan, wrote new songs']]]);
  });

  it('still reads a quoted head with a verb of saying inside', () => {
    expect(attribute('"I said no," said Ana Ruiz.')).toContainEqual(['Ana Ruiz', 'said', ['I said no,']]);
  });
});
