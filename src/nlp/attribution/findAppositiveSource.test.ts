import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('findAppositiveSource: the name and its appositive before the cue', () => {
  it('crosses a relative opened by "that" after the appositive\'s noun', () => {
    expect(attribute('Tom Hale, the president of Salem Watch, a group that has sued to obtain the county records, said that the damage is done.')).toEqual([
      ['Tom Hale, the president of Salem Watch, a group that has sued to obtain the county records', 'said', ['the damage is done']],
    ]);
  });

  it('crosses an adverb of time before a preposition inside the appositive', () => {
    expect(attribute('Sen. Ana Ruiz (R-Ga.), one of the few co-authors still on Capitol Hill, said she remembers the vote.')).toEqual([
      ['Sen. Ana Ruiz (R-Ga.), one of the few co-authors still on Capitol Hill', 'said', ['she remembers the vote']],
    ]);
  });

  it('does not take a clause of the writer\'s for an appositive', () => {
    // "that" before a noun phrase is no relative of the appositive: the phrase is no source.
    expect(attribute('Ana Ruiz, the chair, a sign that the board has changed, said the vote was fair.').some((f) => f[0]?.includes('a sign that the board'))).toBe(false);
  });
});

describe('findAppositiveSource: a place and its state before a relative (stop 58)', () => {
  it('reads "The Guatemalan consul in Del Rio, Texas, whose office …" as the consul, never the state', () => {
    expect(attribute('The Guatemalan consul in Del Rio, Texas, whose office covers part of New Mexico, said staff had been notified.').map((f) => f[0])).toEqual([
      'The Guatemalan consul in Del Rio, Texas, whose office covers part of New Mexico',
    ]);
    expect(attribute('A lawyer in Austin, Texas, who represents the family, said the agents lied.').map((f) => f[0])).toEqual(['A lawyer in Austin, Texas, who represents the family']);
  });
});

describe('findAppositiveSource: a party and state tag after the name', () => {
  it('keeps the name before the tag with the relative or appositive after it', () => {
    expect(attribute('Sen. Ana Ruiz, R-Ill., who faces a hard race, said the levy would fail.').map((f) => f[0])).toEqual(['Sen. Ana Ruiz, R-Ill., who faces a hard race']);
    expect(attribute('Rep. Ana Ruiz, D-N.Y., a member of the panel, said the levy would fail.').map((f) => f[0])).toEqual(['Rep. Ana Ruiz, D-N.Y., a member of the panel']);
    expect(attribute('Sen. Ana Ruiz, R-Ill., who faces a hard race, dropped her support for the levy, saying it would fail.').map((f) => f[0])).toEqual([
      'Sen. Ana Ruiz, R-Ill., who faces a hard race',
    ]);
  });

  it('reads a tag alone as before', () => {
    expect(attribute('Sen. Ana Ruiz, R-Ill., said the levy would fail.').map((f) => f[0])).toEqual(['Sen. Ana Ruiz, R-Ill.']);
  });
});

describe('findAppositiveSource: a participle after the role noun (round 31)', () => {
  it('keeps "a delegate supporting Ruiz" inside the appositive', () => {
    expect(attribute('Rep. Tom Hale (Ohio), a delegate supporting Ruiz, said he has spoken with many fellow delegates.')).toEqual([
      ['Rep. Tom Hale (Ohio), a delegate supporting Ruiz', 'said', ['he has spoken with many fellow delegates']],
    ]);
  });

  it('not a participle that reports ("a book calling for …"): the relation is kept as before', () => {
    const found = attribute("Dan Cole, managing partner of the bank Westwood Capital and author of The Age of Glut, a book calling for massive fiscal stimulus, expressed alarm that his views might be closer to Hale's.");
    expect(found.filter((f) => f[1] === 'expressed alarm').map((f) => f[2])).toEqual([["his views might be closer to Hale's"]]);
  });
});

describe('findAppositiveSource: a role the tagger reads as an adjective before a name (round 33)', () => {
  it('reads "The chief, Ana Ruiz, said …" and "A third, Tom Hale, said …"', () => {
    expect(attribute('The chief, Ana Ruiz, said that the plan was an act.')).toEqual([['The chief, Ana Ruiz', 'said', ['the plan was an act']]]);
    expect(attribute('And a third, Tom Hale, said the plan was an act.')).toEqual([['a third, Tom Hale', 'said', ['the plan was an act']]]);
  });
});

describe('findAppositiveSource: a standalone possessive before a relative in the appositive (round 33)', () => {
  it('reads "X, a close friend of Ruiz\'s who …, said"', () => {
    expect(attribute("Tom Hale, a close friend of Ruiz's who was her chief of staff, said the plan was bad.")).toEqual([["Tom Hale, a close friend of Ruiz's who was her chief of staff", 'said', ['the plan was bad']]]);
  });
});

describe('findAppositiveSource: text that opens on a cue or an apposition (stop 42)', () => {
  it('reads no source, and does not throw, when nothing stands before the apposition or the cue', () => {
    expect(attribute(', a spokesman for the group, tweeted “it was over.”')).toEqual([]);
    expect(attribute('Adding, “We will appeal.”')).toEqual([]);
  });
});

describe('findAppositiveSource: a relative with a subject of its own and no "whom" (stop 65)', () => {
  it('reads "Marcus Feeney, a civil rights attorney the family has retained, said" and "a lawyer whom the family had hired"', () => {
    expect(attribute('Marcus Feeney, a civil rights attorney the family has retained, said the shooting was wrong.')).toEqual([
      ['Marcus Feeney, a civil rights attorney the family has retained', 'said', ['the shooting was wrong']],
    ]);
    expect(attribute('Marcus Feeney, a lawyer whom the family had hired, said the shooting was wrong.')).toEqual([
      ['Marcus Feeney, a lawyer whom the family had hired', 'said', ['the shooting was wrong']],
    ]);
  });
});
