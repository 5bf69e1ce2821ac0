import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens/tokenize.js';
import { findStreets } from './findStreets.js';

function streets(text: string) {
  return findStreets(text, tokenize(text)).map((s) => s.text);
}

describe('findStreets', () => {
  it('reads named and numbered streets with their directions, and numbered roads', () => {
    expect(streets('Cars lined East Cactus Road and 5th Street SW before US-60 and State Route 87.').sort()).toEqual(
      ['5th Street SW', 'East Cactus Road', 'State Route 87', 'US-60'].sort(),
    );
  });

  it('reads streets whose name follows a Spanish street word, with a direction and de/del links', () => {
    expect(streets('He ran north on West Calle Tubac, past Camino del Sol and Avenida Juárez.').sort()).toEqual(['Avenida Juárez', 'Camino del Sol', 'West Calle Tubac'].sort());
    expect(streets('A calle in town and Via alone are no streets.')).toEqual([]);
  });

  it('needs a number before suffixes that name other things', () => {
    expect(streets('The Supreme Court sat in Times Square; 12 Maple Court stayed dark.')).toEqual(['12 Maple Court']);
  });

  it('reads a numbered road wherever its prefix starts, and never inside a word or after a hyphen', () => {
    const text = 'Crews closed I-17, then Loop 101 and U.S. Route 66; xI-10 and -SR-51 and MI-5 and éI-8 are no roads, but (US-60) is, as is Interstate 5.';
    expect(streets(text).sort()).toEqual(['I-17', 'Interstate 5', 'Loop 101', 'U.S. Route 66', 'US-60'].sort());
  });

  it('reads a road whose prefix words a line break parts, or a hyphen joins to its number, and no prefix without a number', () => {
    expect(streets('Traffic stopped on State\nRoute 87 and Highway-99.').sort()).toEqual(['Highway-99', 'State\nRoute 87'].sort());
    expect(streets('The Interstate reopened; Route officials and US officers met on Highway day.')).toEqual([]);
  });
});


describe('findStreets: a saint after a capitalised preposition (stop 65)', () => {
  it('reads no street in "At St. Joseph Medical Center", and still reads "12 Main St." before a sentence', () => {
    expect(streets('At St. Joseph Medical Center, doctors treated her.')).toEqual([]);
    expect(streets('He lived at 12 Main St. Agents came.')).toEqual(['12 Main St.']);
    expect(streets('She lives on Pine St. in Tacoma.')).toEqual(['Pine St.']);
  });
});
