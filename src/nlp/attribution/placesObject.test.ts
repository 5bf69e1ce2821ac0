import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('placesObject: "add" with an object and then "to" a noun phrase', () => {
  it('reads no report where something is put somewhere', () => {
    expect(attribute('This year she could add another title to her resume.')).toEqual([]);
    expect(attribute('The new rule has added another layer to the permit process, which the board approved.')).toEqual([]);
  });

  it('still reads "add" before a clause, a colon or "that"', () => {
    expect(attribute('Ruiz added the bridge to the county was safe.')).toEqual([['Ruiz', 'added', ['the bridge to the county was safe']]]);
    expect(attribute('Then she added a caveat: “The bridge is closed to trucks.”').map((f) => f[0])).toEqual(['she']);
    expect(attribute('Ruiz added that the bridge to the county was safe.')).toEqual([['Ruiz', 'added', ['the bridge to the county was safe']]]);
  });
});
