import { describe, expect, it } from 'vitest';
import { readForeignMission } from './readForeignMission.js';
import { splitWords } from './words.js';

const speakerOf = (phrase: string) => readForeignMission(splitWords(phrase), phrase)?.speaker ?? null;

describe('readForeignMission', () => {
  it('names a foreign post as written, speaking as neither side', () => {
    expect(speakerOf('The Mexican consulate in Nogales')).toEqual({ name: 'Mexican consulate in Nogales', affiliation: 'Mexican consulate in Nogales', role: 'other' });
    expect(speakerOf('the Guatemalan Embassy')?.name).toBe('Guatemalan Embassy');
    expect(speakerOf('the Consulate General of Honduras in Houston')?.name).toBe('Consulate General of Honduras in Houston');
  });

  it('reads no foreign post in the country\'s own embassy, a lower-case phrase or a person', () => {
    expect(speakerOf('the U.S. Embassy in Mexico City')).toBeNull();
    expect(speakerOf('a consulate official')).toBeNull();
    expect(speakerOf('the consulate')).toBeNull();
    expect(speakerOf('Ana Ruiz')).toBeNull();
  });
});

describe('readForeignMission: foreign ministries and a post set before a name (stop 41)', () => {
  it("names a country's foreign ministry, speaking as neither side", () => {
    expect(speakerOf("Mexico's Secretariat of Foreign Affairs")).toEqual({ name: "Mexico's Secretariat of Foreign Affairs", affiliation: "Mexico's Secretariat of Foreign Affairs", role: 'other' });
    expect(speakerOf('the Guatemalan Foreign Ministry')?.name).toBe('Guatemalan Foreign Ministry');
    expect(speakerOf('the U.S. Foreign Office')).toBeNull();
    expect(speakerOf('the ministry')).toBeNull();
  });

  it('leaves a post set off before a name to the name', () => {
    expect(speakerOf('The Mexican consul in Nogales, Marcela Orozco')).toBeNull();
  });
});

describe('readForeignMission: a state after the post’s city (stop 45)', () => {
  it('names "The Mexican Consulate in Nogales, Arizona" with its state, and still reads no post before a name', () => {
    expect(speakerOf('The Mexican Consulate in Nogales, Arizona')?.name).toBe('Mexican Consulate in Nogales, Arizona');
    expect(speakerOf('The Mexican consul in Nogales, Marcela Orozco')).toBeNull();
    expect(speakerOf('The Mexican Consulate in Nogales, Marcela Orozco')).toBeNull();
  });
});
