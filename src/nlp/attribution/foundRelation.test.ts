import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('contentRange: a reported clause that opens on a quantity', () => {
  it('reads "said at least two people were hurt" as a report whose subject is "at least two people"', () => {
    expect(attribute('Police said at least two people were hurt.')).toEqual([['Police', 'said', ['at least two people were hurt']]]);
    expect(attribute('Ana Ruiz said at least four agents approached her husband.')).toEqual([['Ana Ruiz', 'said', ['at least four agents approached her husband']]]);
  });

  it('reads no clause in a count with a relative clause ("reported at least 20 victims at a center that works …")', () => {
    expect(attribute('Authorities reported at least 20 victims at a center that works with children.')).toEqual([]);
  });

  it('reads an approximate count ("about half", "around 200") as the subject the same way', () => {
    expect(attribute('The budget office said about half of the rise reflected lower revenue.')).toEqual([['The budget office', 'said', ['about half of the rise reflected lower revenue']]]);
    expect(attribute('Police said around 200 people were hurt.')).toEqual([['Police', 'said', ['around 200 people were hurt']]]);
    // "about" before no count is a topic, and a count with a relative clause reports no clause.
    expect(attribute('The board said about the plan that it was late.').some((f) => f[2][0]?.startsWith('about'))).toBe(false);
    expect(attribute('Authorities said around 20 families at a center that works with children.')).toEqual([]);
  });
});

describe('contentRange: a reported clause that opens on a concession', () => {
  it('reads "says despite X, <clause>" as a report whose content opens on "despite"', () => {
    expect(attribute('Ana Ruiz says despite being a Dover native, she will root for Salem.')).toEqual([['Ana Ruiz', 'says', ['despite being a Dover native, she will root for Salem']]]);
    expect(attribute('She says despite all that, the board was not swayed.')).toEqual([['She', 'says', ['despite all that, the board was not swayed']]]);
  });

  it('reads no clause in a concession with no comma and clause after it', () => {
    expect(attribute('The mayor spoke despite the rain.')).toEqual([]);
    expect(attribute('Ruiz said despite the rain and the cold.')).toEqual([]);
  });
});
