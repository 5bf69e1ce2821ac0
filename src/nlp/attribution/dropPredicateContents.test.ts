import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('dropPredicateContents', () => {
  it('reads no words of DHS in "the removal order DHS cited “was reopened in 2023”", only the lawyer\'s', () => {
    const found = attribute('Ferreira said her client had a pending asylum claim and that the removal order DHS cited "was reopened in 2023."');
    expect(found.map(([source, cue]) => [source, cue])).toEqual([['Ferreira', 'said']]);
  });

  it('keeps words that have a subject of their own, quoted or not', () => {
    expect(attribute('DHS said the order was reopened in 2023.')).toEqual([['DHS', 'said', ['the order was reopened in 2023']]]);
    expect(attribute('"It was reopened in 2023," Ferreira said.').map(([source, cue]) => [source, cue])).toEqual([['Ferreira', 'said']]);
  });
});

describe('dropPredicateContents: after a verb of saying', () => {
  it('leaves a "said" before such words to the other rules (a relative may have taken their subject)', () => {
    const found = attribute('Nothing the president said "will assuage people\'s fears," the Florida senator said.');
    expect(found.map(([source, cue]) => [source, cue])).toContainEqual(['the president', 'said']);
  });
});
