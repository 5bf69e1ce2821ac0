import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('findSubjectPastOpening: ", saying …" after a clause with an opening phrase', () => {
  it('takes the subject after a place or a day and its comma', () => {
    expect(attribute('In Dayton, Ana Ruiz endorsed the mayor, saying she trusted him.')).toContainEqual(['Ana Ruiz', 'saying', ['she trusted him']]);
    expect(attribute('On Sunday, she defended the plan, saying it would pass.')).toContainEqual(['she', 'saying', ['it would pass']]);
  });

  it('takes the subject after a short time phrase ending in "ago"', () => {
    expect(attribute('Two weeks ago, she defended the plan, saying it would pass.')).toContainEqual(['she', 'saying', ['it would pass']]);
    expect(attribute('Ten years ago, Ana Ruiz backed the mayor and said he would win.')).toContainEqual(['Ana Ruiz', 'said', ['he would win']]);
  });

  it('names nobody when a second clause with its own subject comes before the participle', () => {
    const found = attribute('Last week, the council hired a clerk and the mayor fired his deputy, admitting that trust was lost.');
    expect(found.some((f) => f[1] === 'admitting')).toBe(false);
  });

  it('reads an opening clause with a verb of its own as a subordinate clause, not a phrase (round 32)', () => {
    // Before round 32 no speaker was found here; the main clause's subject speaks through the participle.
    const found = attribute('When the vote failed, the mayor left the hall, saying nothing would change.');
    expect(found.filter((f) => f[1] === 'saying')).toEqual([['the mayor', 'saying', ['nothing would change']]]);
  });
});

describe('findAttributions: "… and said" past an opening phrase', () => {
  it('takes the subject past an opening participle, and a name before its party tag (round 27)', () => {
    expect(attribute('Speaking on the radio on Monday, Ana Ruiz praised the crew and asserted that the pier was safe.')).toContainEqual(['Ana Ruiz', 'asserted', ['the pier was safe']]);
    expect(attribute('Walking to the next house, Ruiz talked about her years in the county, and said the town had changed.')).toEqual([['Ruiz', 'said', ['the town had changed']]]);
    expect(attribute('In a statement, Governor Tom Hale (D) thanked the crew and said the pier would reopen.')).toEqual([['Governor Tom Hale (D)', 'said', ['the pier would reopen']]]);
  });

  it('crosses an opening phrase that runs over a place, its state and a second phrase (round 29)', () => {
    expect(attribute('At a rally in Salem, Ore., on Tuesday, Senator Ana Ruiz of Oregon endorsed the mayor, saying that her former rival would make an outstanding governor.')).toContainEqual([
      'Senator Ana Ruiz of Oregon',
      'saying',
      ['her former rival would make an outstanding governor'],
    ]);
    expect(attribute('In an interview in Dayton, Ohio, on Monday, Ana Ruiz praised the plan, saying it would pass.')).toContainEqual(['Ana Ruiz', 'saying', ['it would pass']]);
  });

  it('crosses a short time phrase ending in "later" or "earlier" (round 29)', () => {
    expect(attribute('Hours later, Ruiz returned the compliment to Hale, telling Reuters, “Tom and I have been friends for a long time.”')).toContainEqual([
      'Ruiz',
      'telling',
      ['Tom and I have been friends for a long time.'],
    ]);
    expect(attribute('But a few days later, Ruiz reversed herself yet again, telling the station that the rules are set.')).toContainEqual(['Ruiz', 'telling', ['the rules are set']]);
  });

  it('takes a named or pronoun subject after the opening phrase for a verb of saying', () => {
    expect(attribute('In an interview on Monday, Ana Ruiz praised the plan and said it would pass.')).toContainEqual(['Ana Ruiz', 'said', ['it would pass']]);
  });

  it('leaves a common-noun subject and a verb that does not speak alone', () => {
    expect(attribute('By the end of the day, the board met and said the vote would wait.').some((f) => f[1] === 'said')).toBe(false);
    expect(attribute('On Monday, Ana Ruiz read the report and found it was wrong.').some((f) => f[1] === 'found')).toBe(false);
  });
});

describe('findSubjectPastOpening: an opening subordinate clause (round 32)', () => {
  it('finds the main subject past a subordinate clause with verbs of its own', () => {
    expect(attribute('As word of the results rolled in on Tuesday, Ana Ruiz gave a speech in Salem, predicting she would win the county.')).toEqual([
      ['Ana Ruiz', 'predicting', ['she would win the county']],
    ]);
    expect(attribute('While celebrating two wins on Tuesday night, Ruiz mocked the record of the mayor, saying he would be a poor judge.')).toEqual([
      ['Ruiz', 'saying', ['he would be a poor judge']],
    ]);
  });

  it('does not cross a quotation in the opening clause', () => {
    expect(attribute('As the clerk said “we are done” to the crowd, the mayor closed the hall, saying it was late.').some((f) => f[1] === 'saying')).toBe(false);
  });
});

describe('findSubjectPastOpening: an infinitive inside an opening participle phrase', () => {
  it('reads past "Continuing to explain his view," to the subject', () => {
    expect(attribute('Continuing to explain his view, Carson rejected the notion, saying that he would fix the levy.')).toEqual([['Carson', 'saying', ['he would fix the levy']]]);
  });
});

describe('findSubjectPastOpening: a participle describing a noun of the opening phrase', () => {
  it('passes "In a statement released Thursday," to the subject after it', () => {
    expect(attribute('In a statement released Thursday, Ana Ruiz reacted to the news, saying the killer should be in prison.')).toEqual([['Ana Ruiz', 'saying', ['the killer should be in prison']]]);
    expect(attribute('In a letter sent to members, the union thanked them, saying the strike was over.')).toEqual([['the union', 'saying', ['the strike was over']]]);
  });
});
