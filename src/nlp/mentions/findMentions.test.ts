import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens/tokenize.js';
import { findMentions, MENTIONS_STAGE } from './findMentions.js';

describe('findMentions', () => {
  const text =
    'EL PASO, Texas (Wire) \u2014 An ICE officer shot a man on Alameda Avenue around 9:15 p.m. Tuesday, El Paso Police Department Chief Rosa Ybarra said on Thursday.';
  const mentions = findMentions(text, tokenize(text), '2025-06-13');

  it('returns every kind, sorted by start, each span indexing the text', () => {
    expect(new Set(mentions.map((m) => m.kind))).toEqual(new Set(['place', 'organization', 'person', 'date']));
    for (let i = 1; i < mentions.length; i++) expect(mentions[i].start).toBeGreaterThanOrEqual(mentions[i - 1].start);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('does not report the place inside an organisation name as a place', () => {
    const places = mentions.filter((m) => m.kind === 'place').map((m) => m.text);
    expect(places).toContain('EL PASO, Texas');
    expect(places).toContain('Alameda Avenue');
    expect(places.filter((p) => p === 'El Paso')).toEqual([]);
  });

  it('does not read a Spanish-style street as a person', () => {
    const street = 'Agents stopped Ana Ruiz on Calle Tubac.';
    const found = findMentions(street, tokenize(street), '2025-06-13');
    expect(found.filter((m) => m.kind === 'person').map((m) => m.text)).toEqual(['Ana Ruiz']);
    expect(found.filter((m) => m.kind === 'place').map((m) => m.text)).toEqual(['Calle Tubac']);
  });

  it('takes no warrant for a lone word from a name a place noun follows, nor a fire department for a person', () => {
    // "Riverton General" before "Hospital" is no person, so it cannot vouch for the dateline's "RIVERTON".
    const release = 'RIVERTON — Agents shot a man on Harbor Street. Riverton Fire Department medics took him to Riverton General Hospital.';
    expect(findMentions(release, tokenize(release), '2026-09-13').filter((m) => m.kind === 'person')).toEqual([]);
  });

  it('reads no person in a place after "in" or "near", before an agency\'s station, or in "Pacific Islander"', () => {
    const text = 'Protesters gathered outside the Rio Vista Border Patrol station after the shooting in Palo Alto, at a forum for Pacific Islander voters. A car near Eagle Pass was hit. Agents searched Ana Ruiz\'s car.';
    const persons = findMentions(text, tokenize(text), '2026-07-12').filter((m) => m.kind === 'person').map((m) => m.text);
    expect(persons).toEqual(['Ana Ruiz']);
  });

  it('reads a surname that is also a place word after a given name and a title ("Mayor Elena Park")', () => {
    const text = 'Mayor Elena Park said the city would sue. Jon Lane spoke next, outside Lincoln Park.';
    const persons = findMentions(text, tokenize(text), '2026-09-13').filter((m) => m.kind === 'person').map((m) => m.text);
    expect(persons).toEqual(['Mayor Elena Park', 'Jon Lane']);
  });

  it('does not read a name that a place noun follows as a person', () => {
    const place = 'Ana Ruiz was shot in the Little Fork neighborhood and taken to Mount Carmel Hospital.';
    const found = findMentions(place, tokenize(place), '2025-06-13');
    expect(found.filter((m) => m.kind === 'person').map((m) => m.text)).toEqual(['Ana Ruiz']);
    // A store's name before the place it is.
    const store = 'Ana Ruiz was leaving a Home Depot parking lot when agents stopped her near the Casa Linda restaurant.';
    expect(findMentions(store, tokenize(store), '2025-06-13').filter((m) => m.kind === 'person').map((m) => m.text)).toEqual(['Ana Ruiz']);
    // A detention centre named after someone.
    const held = 'Ana Ruiz died hours after guards at the Joe Corley Processing Center restrained her in the Tom Lake Facility.';
    expect(findMentions(held, tokenize(held), '2025-06-13').filter((m) => m.kind === 'person').map((m) => m.text)).toEqual(['Ana Ruiz']);
  });

  it("reads no person in a broadcaster's call letters or a newsroom's byline", () => {
    const text = 'By KSLM Staff\n\nSALEM, Ore. (KSLM) — Agents shot a man, Ana Ruiz told KSLM. WFLD-TV and Courier Staff reported it.';
    const persons = findMentions(text, tokenize(text), '2025-06-13').filter((m) => m.kind === 'person').map((m) => m.text);
    expect(persons).toEqual(['Ana Ruiz']);
  });

  it('reads no person in a name a landform names ("the Rio Verde valley", "the Sonoran Desert")', () => {
    const text = 'Agents fired twice in the Mesa Blanca valley and once near the Dry Fork River, said Tom Rivers of the Sonoran Desert Alliance.';
    const persons = findMentions(text, tokenize(text), '2025-06-13').filter((m) => m.kind === 'person').map((m) => m.text);
    expect(persons).toEqual(['Tom Rivers']);
  });

  it('reads a town name right after a given name as a surname, and a state after a name as a state', () => {
    const names = 'Agents shot Eduardo Salinas near Mesa. His wife, Marisol Salinas, spoke for Semillas Arizona.';
    const found = findMentions(names, tokenize(names), '2025-06-13');
    expect(found.filter((m) => m.kind === 'person').map((m) => m.text)).toEqual(['Eduardo Salinas', 'Marisol Salinas']);
    expect(found.filter((m) => m.kind === 'place').map((m) => m.text)).toEqual(['Mesa', 'Arizona']);
  });

  it('reads a town the text used as a surname as that surname alone later, and as the town after a place word', () => {
    const text = 'CHARLOTTE, N.C. — Agents pinned Jonathan Ponce, 30, to the ground. Ponce\'s lawyer said Ponce broke no law. He once lived in Ponce, Puerto Rico, and flew from Ponce.';
    const found = findMentions(text, tokenize(text), '2026-02-03');
    expect(found.filter((m) => m.kind === 'person').map((m) => m.text)).toEqual(['Jonathan Ponce', 'Ponce', 'Ponce']);
    expect(found.filter((m) => m.kind === 'place').map((m) => m.text)).toEqual(['CHARLOTTE, N.C.', 'Ponce, Puerto Rico', 'Ponce']);
  });

  it('reads a town after another name and "and" as a cross street ("at Lake and Bloomington"), not the town', () => {
    const places = (text: string) => findMentions(text, tokenize(text), '2026-01-09').filter((m) => m.kind === 'place').map((m) => m.text);
    expect(places('An officer shot a woman at Lake and Bloomington on Wednesday.')).toEqual([]);
    expect(places('An officer shot a woman in Edina and Bloomington, Minn., on Wednesday.')).toContain('Bloomington, Minn.');
    expect(places('An officer shot a woman in Bloomington on Wednesday.')).toEqual(['Bloomington']);
  });

  it('reads no person in a street named for one ("East Van Buren Street"), and "Dr." after a name as no street', () => {
    const text = 'An officer shot Andrés Molina on East Van Buren Street near Cesar Chavez Avenue. Ana Ruiz Dr. Lee said nothing.';
    const persons = findMentions(text, tokenize(text), '2026-07-09').filter((m) => m.kind === 'person').map((m) => m.name);
    expect(persons).not.toContain('Van Buren');
    expect(persons).not.toContain('Cesar Chavez');
    expect(persons).toContain('Andrés Molina');
  });

  it('reads a role word a sentence opens with as the title of the name after it ("Attorney Rebecca Lund"), never a kin word', () => {
    const text = 'Attorney Rebecca Lund represents the family. Cousin Ana Ruiz runs a shelter. Sister Norma Pimentel prayed.';
    const persons = findMentions(text, tokenize(text), '2026-04-22').filter((m) => m.kind === 'person');
    expect(persons.map((m) => [m.name, m.title])).toEqual([
      ['Rebecca Lund', 'attorney'],
      ['Cousin Ana Ruiz', null],
      ['Norma Pimentel', 'Sister'],
    ]);
  });

  it('reads a word that names no one alone ("Black", "Hall") as a surname only right after a given name', () => {
    const text = 'A pepper ball hit David Black outside the facility. Ana Hall said a Black man was detained at City Hall.';
    const found = findMentions(text, tokenize(text), '2025-09-27');
    expect(found.filter((m) => m.kind === 'person').map((m) => m.text)).toEqual(['David Black', 'Ana Hall']);
  });

  it('reads no holiday as a person, and names a department after a city that opens with "Los" or "San"', () => {
    const day = "Los Angeles Police Department officers said Keith Moreno was shot late on New Year's Eve.";
    const found = findMentions(day, tokenize(day), '2026-01-02');
    expect(found.filter((m) => m.kind === 'person').map((m) => m.text)).toEqual(['Keith Moreno']);
    expect(found.find((m) => m.kind === 'organization')?.text).toBe('Los Angeles Police Department');
    expect(found.filter((m) => m.kind === 'date').map((m) => [m.text, m.kind === 'date' && m.date])).toEqual([["New Year's Eve", '2025-12-31']]);
  });

  it('reads no person in a health system ("Riverton VA Health Care System")', () => {
    const text = 'Marco Diaz worked at the Riverton VA Health Care System and at Lakeview Healthcare.';
    const found = findMentions(text, tokenize(text), '2026-01-24');
    expect(found.filter((m) => m.kind === 'person').map((m) => m.text)).toEqual(['Marco Diaz']);
  });

  it('reads a state\'s name that is a given name before a surname as the name ("Judge Georgia Alexakis"), and still a state elsewhere', () => {
    const judge = 'She told U.S. District Judge Georgia Alexakis that she was afraid.';
    const found = findMentions(judge, tokenize(judge), '2026-01-10');
    expect(found.filter((m) => m.kind === 'person').map((m) => m.text)).toEqual(['U.S. District Judge Georgia Alexakis']);
    expect(found.filter((m) => m.kind === 'place')).toEqual([]);
    const state = 'The Georgia Bureau of Investigation and officials in Georgia said little.';
    expect(findMentions(state, tokenize(state), '2026-01-10').filter((m) => m.kind === 'place').map((m) => m.text)).toEqual(['Georgia']);
  });

  it('resolves dates against the anchor and never overlaps within a kind', () => {
    const tuesday = mentions.find((m) => m.kind === 'date' && m.text.includes('Tuesday'));
    expect(tuesday).toMatchObject({ date: '2025-06-10', time: '21:15' });
    for (const kind of ['person', 'organization', 'place', 'date'] as const) {
      const ofKind = mentions.filter((m) => m.kind === kind);
      for (let i = 1; i < ofKind.length; i++) expect(ofKind[i].start).toBeGreaterThanOrEqual(ofKind[i - 1].end);
    }
    expect(MENTIONS_STAGE).toEqual({ name: 'mentions', version: 44 });
  });
});

describe('findMentions: a neighborhood named elsewhere as one', () => {
  it('reads no person in "Little Village" once the text calls it a neighborhood', () => {
    const text = 'Agents clashed with residents in the Little Village neighborhood. Ald. Ana Ruiz, whose ward includes Little Village, said she asked for an investigation.';
    const persons = findMentions(text, tokenize(text), '2026-09-28').filter((m) => m.kind === 'person').map((m) => m.text);
    expect(persons).toEqual(['Ald. Ana Ruiz']);
  });
});

describe('findMentions: a name that is no person', () => {
  it('takes no person for a town the dateline names, nor for a Spanish-language outlet (stop 49)', () => {
    const persons = (text: string) => findMentions(text, tokenize(text), '2026-02-12').filter((m) => m.kind === 'person').map((m) => m.text);
    const headline = 'Day laborer hospitalized after Border Patrol agents tackle him outside Pico Rivera hardware store, family says';
    expect(persons(`${headline}\n\nPICO RIVERA, Calif. (Feb. 12, 2026) — Juan Carlos Mendoza Tapia, 41, remained hospitalized.`)).toEqual(['Juan Carlos Mendoza Tapia']);
    // Without the dateline the two words may be a name.
    expect(persons('Pico Rivera spoke Tuesday.')).toEqual(['Pico Rivera']);
    expect(persons('Pico Rivera spoke Tuesday.\n\nPICO RIVERA, Calif. — Agents tackled a man.')).toEqual([]);
    expect(persons('Reported for La Opinión del Sur by Ana Ruiz.')).toEqual(['Ana Ruiz']);
    expect(persons('Adapted from a report that aired Thursday on Noticias Chicago 44 at 10 p.m.')).toEqual([]);
  });

  it('takes no person for a name counted with an article ("a Home Depot on Warren Avenue") or after "outside"', () => {
    const persons = (text: string) => findMentions(text, tokenize(text), '2026-01-16').filter((m) => m.kind === 'person').map((m) => m.text);
    expect(persons('An officer fired at a driver in the lot of a Home Depot on Warren Avenue.')).toEqual([]);
    expect(persons('Agent fires at driver outside Home Depot in Portland')).toEqual([]);
    // The name before a noun still names the person: "a Bernie Sanders rally".
    expect(persons('Ana Ruiz spoke at a Tom Hale rally on Friday.')).toEqual(['Ana Ruiz', 'Tom Hale']);
  });

  it('takes no person for a hospital someone was taken to by its name ("taken to Centro Médico")', () => {
    const persons = (text: string) => findMentions(text, tokenize(text), '2026-07-18').filter((m) => m.kind === 'person').map((m) => m.text);
    expect(persons('Wilfredo Almonte Reyes was shot and taken to Centro Médico, where he was listed in stable condition.')).toEqual(['Wilfredo Almonte Reyes']);
  });

  it('reads a nickname in quotation marks as part of the name\'s text, not of the name', () => {
    const text = 'Juan "Johnny" Pérez Jr., 34, was closing the kitchen when officers arrived.';
    const persons = findMentions(text, tokenize(text), '2026-11-12').filter((m) => m.kind === 'person');
    expect(persons.map((m) => [m.text, m.kind === 'person' ? m.name : null])).toEqual([['Juan "Johnny" Pérez Jr.', 'Juan Pérez Jr.']]);
  });

  it('takes no person for a courthouse or federal building named after someone ("the Byron White courthouse")', () => {
    const text = 'Three officers pinned Lucía Fernández to the ground outside the Byron White courthouse on Tuesday.';
    expect(findMentions(text, tokenize(text), '2026-05-06').filter((m) => m.kind === 'person').map((m) => m.text)).toEqual(['Lucía Fernández']);
  });
});


describe('findMentions: how a hearing addresses its chair (stop 60)', () => {
  it('reads no person in "Mr. Chairman" or "Madam Speaker", and still one in "Mr. Ruiz"', () => {
    const text = 'REP. BENAVIDES: Mr. Chairman, I ask unanimous consent. Thank you, Madam Speaker. Mr. Ruiz, you may answer.';
    const persons = findMentions(text, tokenize(text), '2026-01-15').filter((m) => m.kind === 'person').map((m) => m.text);
    expect(persons).toEqual(['Mr. Ruiz']);
  });
});

describe('findMentions: a station or store named elsewhere as one (stop 63)', () => {
  it('reads no person in "the Prairie Stop" once the text calls it a station', () => {
    const text = 'The shooting happened at the Prairie Stop station near West 41st Street. A viewer wrote that she buys gas at the Prairie Stop every week.';
    expect(findMentions(text, tokenize(text), '2026-03-07').filter((m) => m.kind === 'person')).toEqual([]);
  });
});

describe('findMentions: a body named in Spanish (stop 66)', () => {
  it('reads no person in "Alianza Inmigrante del Golfo", and still reads "Julián Ocampo"', () => {
    const text = 'Villalba spoke at the offices of Alianza Inmigrante del Golfo. Julián Ocampo, executive director of Alianza Inmigrante del Golfo, said it was bad.';
    const persons = findMentions(text, tokenize(text), '2026-04-22').filter((m) => m.kind === 'person').map((m) => m.text);
    expect(persons).toEqual(['Julián Ocampo']);
  });
});
