import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens/tokenize.js';
import { findPlaces } from './findPlaces.js';

function places(text: string) {
  return findPlaces(text, tokenize(text)).map((p) => [p.text, p.city, p.state, p.place]);
}

describe('findPlaces', () => {
  it('reads no U.S. city in a town of another country that shares its name: "Nogales, Sonora", "Nogales, Mexico" (stop 66)', () => {
    expect(places('A father of two from Nogales, Sonora, was shot near the border. He grew up in Nogales, Mexico.')).toEqual([]);
    expect(places('He moved to Nogales, Ariz., in 2019.')).toEqual([['Nogales, Ariz.', 'Nogales', 'AZ', null]]);
  });

  it('reads no city in "at Hoover" when the text names "Hoover Elementary School", and still reads "in Lincoln" with no school of that name (stop 51)', () => {
    const text = 'Agents tackled a father outside Hoover Elementary School in Salem. Attendance at Hoover dropped by a third. Agents in Lincoln shot a man.';
    expect(findPlaces(text, tokenize(text)).map((p) => p.city)).toEqual(['Salem', 'Lincoln']);
  });

  it('reads "City, State" with full names, AP abbreviations and codes', () => {
    expect(places('It happened in Ontario, California, and later in Tucson, Ariz., and Salem, OR.')).toEqual([
      ['Ontario, California', 'Ontario', 'CA', null],
      ['Tucson, Ariz.', 'Tucson', 'AZ', null],
      ['Salem, OR', 'Salem', 'OR', null],
    ]);
  });

  it('leaves an ambiguous bare city without a state unless the text settles it', () => {
    expect(places('Protesters gathered in Portland on Sunday.')).toEqual([['Portland', 'Portland', null, null]]);
    expect(places('Protesters gathered in Portland. Maine officials said little.')).toEqual([
      ['Portland', 'Portland', 'ME', null],
      ['Maine', null, 'ME', null],
    ]);
  });

  it('reads a city after "the" that modifies an agency\'s initials or an event noun, not a city that is also a word', () => {
    expect(places('What the videos show about the Minneapolis ICE shooting and the Chicago raids')).toEqual([
      ['Minneapolis', 'Minneapolis', 'MN', null],
      ['Chicago', 'Chicago', 'IL', null],
    ]);
    expect(places('He drove the Tacoma home.')).toEqual([]);
    // A site's noun after it (stop 42): "a Chula Vista parking garage", "outside a Phoenix apartment".
    expect(places('An agent shot him in a Chula Vista parking garage.')).toEqual([['Chula Vista', 'Chula Vista', 'CA', null]]);
    expect(places('Agents waited outside a Phoenix apartment complex.').map((p) => p[1])).toEqual(['Phoenix']);
    expect(places('Deputies fired in the Antioch neighborhood.').map((p) => p[1])).toEqual([]);
  });

  it('reads datelines and resolves the state of the city they name', () => {
    const found = places('DENVER (Wire Service) \u2014 Two deputies were hurt.');
    expect(found).toEqual([['DENVER', 'Denver', 'CO', null]]);
    expect(places('PORTLAND, Maine \u2014 A car crashed.')).toEqual([['PORTLAND, Maine', 'Portland', 'ME', null]]);
  });

  it('reads a town the city list lacks when a place preposition and a state frame it', () => {
    expect(places('Agents stopped him in Franklin Grove, Illinois, on Friday; he was from Dell Rapids, S.D.')).toEqual([
      ['Franklin Grove, Illinois', 'Franklin Grove', 'IL', null],
      ['Dell Rapids, S.D.', 'Dell Rapids', 'SD', null],
    ]);
    // Without a preposition a name before a state may be a person's; a county stays a county.
    expect(places('Witnesses included Jane Dorsey, Texas, and others in Lorn County, Kan.')).toEqual([
      ['Texas', null, 'TX', null],
      ['Lorn County, Kan.', null, 'KS', 'Lorn County'],
    ]);
    // A timeline entry's heading: the town right after the year, ended by a colon or a dash; not a name after a year.
    expect(places('- Sept. 12, 2025, Franklin Grove, Ill.: An officer fired.')).toEqual([['Franklin Grove, Ill.', 'Franklin Grove', 'IL', null]]);
    expect(places('On Jan. 3, 2026, Jane Dorsey, Texas native, spoke.')).toEqual([['Texas', null, 'TX', null]]);
    // A timeline's dated heading, the town after the date's dash closing its line (stop 44); not a name after a dash in a sentence.
    expect(places('Sept. 12 — Franklin Grove, Ill.\nAn officer fired.')).toEqual([['Franklin Grove, Ill.', 'Franklin Grove', 'IL', null]]);
    expect(places('He said — Jane Dorsey, Texas native, agreed.')).toEqual([['Texas', null, 'TX', null]]);
  });

  it('keeps an area word before a city as the place', () => {
    expect(places('Shots rang out in south Tucson and West Dallas.')).toEqual([
      ['south Tucson', 'Tucson', 'AZ', 'south Tucson'],
      ['West Dallas', 'Dallas', 'TX', 'West Dallas'],
    ]);
  });

  it('finds streets, roads and counties with no city attached', () => {
    expect(places('A van stopped on 38th Street East near NW Elm Avenue, then took I-35 and Interstate 10 into Pima County.')).toEqual([
      ['38th Street East', null, null, '38th Street East'],
      ['NW Elm Avenue', null, null, 'NW Elm Avenue'],
      ['I-35', null, null, 'I-35'],
      ['Interstate 10', null, null, 'Interstate 10'],
      ['Pima County', null, null, 'Pima County'],
    ]);
  });

  it('does not read party tags, outlets, vehicles or surnames as places', () => {
    expect(places('Sen. Ada Brooks, D-Ore., read the Dallas Morning News in a Toyota Tacoma while Mobile phones rang.')).toEqual([]);
  });
});

describe('findPlaces: a town the city list lacks, its county between it and its state (stop 59)', () => {
  it('reads "near Parlier, in Fresno County, California" as the town of Parlier in California', () => {
    expect(places('The pursuit ended on a dirt road near Parlier, in Fresno County, California.')).toContainEqual(['Parlier', 'Parlier', 'CA', null]);
    // Without a place preposition, a name before a county is no town: "Ana Ruiz, in Fresno County, California".
    expect(places('The case was filed by Ana Ruiz, in Fresno County, California.').map((p) => p[1])).not.toContain('Ana Ruiz');
  });
});

describe('findPlaces: a party to a case (stop 63)', () => {
  it('reads "Hernández v. Mesa" as no place, and Mesa elsewhere as the city', () => {
    const text = 'The family cited the Supreme Court decision in Hernández v. Mesa, which barred such suits. He was shot in Mesa on Monday.';
    expect(findPlaces(text, tokenize(text)).map((p) => [p.text, p.start])).toEqual([['Mesa', text.lastIndexOf('Mesa')]]);
  });
});

describe('findPlaces: a bare city the text also names with another state (stop 65)', () => {
  it('gives "Salem" after "SALEM, Mass." Massachusetts, though the city list knows only Oregon\'s', () => {
    const states = (text: string, city: string) => findPlaces(text, tokenize(text)).filter((m) => m.city === city).map((m) => m.state);
    expect(states('SALEM, Mass. (PNS) — Agents swept through a plant here. Later, agents in Salem detained 18.', 'Salem')).toEqual(['MA', 'MA']);
    expect(states('SALEM, Ore. — Agents in Salem detained 18.', 'Salem')).toEqual(['OR', 'OR']);
    expect(states('Agents in Salem detained 18.', 'Salem')).toEqual(['OR']);
    // Norfolk, Nebraska, beside Virginia's in the list: the state the text names settles it.
    expect(states('OMAHA, Neb. — A worker at the plant in Norfolk was charged.', 'Norfolk')).toEqual(['NE']);
  });
});

describe('findPlaces: a square named like a city (stop 68)', () => {
  it('reads no city Centennial, Colo., in "Centennial Square", and the city in "in Tucson"', () => {
    const found = places('SUNNYSIDE, Wash. — The march began at Centennial Square and ended outside the police station. Officers met at Phoenix Plaza in Tucson.');
    expect(found.map((p) => p[1])).toEqual(['Sunnyside', 'Tucson']);
  });
});
