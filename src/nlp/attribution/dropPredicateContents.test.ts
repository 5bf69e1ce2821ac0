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
