import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('findAttributions: a poll opening the sentence ("In a county poll released Monday, …")', () => {
  it('takes the poll as the source of the clause after the comma', () => {
    const found = attribute('In a county poll taken in May, 58 percent of voters backed the levy.');
    expect(found).toEqual([['a county poll taken in May', 'In', ['58 percent of voters backed the levy']]]);
    expect(attribute('In the latest survey, Ruiz leads Hale by nine points.')).toEqual([['the latest survey', 'In', ['Ruiz leads Hale by nine points']]]);
  });

  it('leaves a poll later in the sentence, a poll that runs into a clause and other phrases with "in" alone', () => {
    expect(attribute('Ruiz led Hale by nine points in the latest county poll.')).toEqual([]);
    expect(attribute('In the polls that closed at eight, turnout was low.')).toEqual([]);
    expect(attribute('In the county, turnout was low.')).toEqual([]);
    expect(attribute('In 2019, the poll workers went on strike.')).toEqual([]);
  });
});
