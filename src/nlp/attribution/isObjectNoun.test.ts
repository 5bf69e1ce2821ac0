import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('isObjectNoun: "claims" as the object of a verb (stop 63)', () => {
  it('reads "contradict U.S. claims that …" and "dispute DHS claims that …" as no report of the U.S. or DHS', () => {
    expect(attribute('The findings contradict U.S. claims that agents were under attack.')).toEqual([]);
    expect(attribute('Witnesses dispute DHS claims that he rammed agents.')).toEqual([]);
  });

  it('keeps "claims" as a verb after a verb of saying', () => {
    expect(attribute('The U.S. claims that agents were under attack.')).toEqual([['The U.S.', 'claims', ['agents were under attack']]]);
  });
});
