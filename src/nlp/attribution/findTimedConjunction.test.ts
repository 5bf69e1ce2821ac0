import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('findTimedConjunction: a day between "and" or "but" and a verb of saying', () => {
  it('gives the verb the subject of the clause it is coordinated with, not the object before the conjunction', () => {
    expect(attribute('Ruiz has cut the budget to fix the roads and on Monday announced more money was being sent to the county.')).toEqual([
      ['Ruiz', 'announced', ['more money was being sent to the county']],
    ]);
    expect(attribute('The columnist has been critical of the mayor but on Tuesday wrote that she agreed with him.')).toEqual([['The columnist', 'wrote', ['she agreed with him']]]);
    expect(attribute('Ruiz closed the bridge and last week said the roads were safe.')).toEqual([['Ruiz', 'said', ['the roads were safe']]]);
  });

  it('leaves a day after the subject, and a day before the conjunction, as before', () => {
    expect(attribute('The board on Monday said the roads were safe.')).toEqual([['The board', 'said', ['the roads were safe']]]);
    expect(attribute('The board met the mayor on Monday and said the roads were safe.')).toEqual([['The board', 'said', ['the roads were safe']]]);
  });
});
