import { readFileSync } from 'node:fs';
import type { Random } from './createRandom.js';
import { AGENCIES, FAMILY_ROLES, FORCE, GIVEN_NAMES, OFFICIAL_TITLES, SETTINGS, SURNAMES, WITNESS_ROLES, WOUNDS } from './wordLists.js';

export interface Person {
  readonly given: string;
  readonly surname: string;
  readonly full: string;
}

export interface Place {
  readonly city: string;
  readonly state: string;
  readonly stateName: string;
}

/** The facts of one invented incident and the people who speak about it. */
export interface SyntheticIncident {
  readonly key: string;
  /** YYYY-MM-DD */
  readonly date: string;
  readonly place: Place;
  readonly setting: string;
  readonly agency: (typeof AGENCIES)[number];
  readonly force: (typeof FORCE)[number];
  readonly wound: string;
  /** Where the family says the wound was; differs from `wound` in some incidents, a contested point. */
  readonly familyWound: string;
  readonly subject: Person & { readonly age: number };
  readonly official: Person & { readonly title: string };
  readonly witness: Person & { readonly role: string };
  readonly relative: Person & { readonly relation: string };
  readonly lawyer: Person;
  readonly mayor: Person;
  readonly hour: number;
}

interface PlacesVocab {
  readonly states: readonly { name: string; code: string }[];
  readonly cities: readonly { name: string; state: string }[];
}

let places: readonly Place[] | null = null;

/** US cities of the project's place vocabulary, each with its state's name. */
export function loadPlaces(): readonly Place[] {
  if (places) return places;
  const vocab = JSON.parse(readFileSync(new URL('../../vocab/places.json', import.meta.url), 'utf8')) as PlacesVocab;
  const stateNames = new Map(vocab.states.map((s) => [s.code, s.name]));
  places = Object.freeze(
    vocab.cities.filter((c) => stateNames.has(c.state)).map((c) => Object.freeze({ city: c.name, state: c.state, stateName: stateNames.get(c.state)! })),
  );
  return places;
}

function person(random: Random): Person {
  const given = random.pick(GIVEN_NAMES);
  const surname = random.pick(SURNAMES);
  return { given, surname, full: `${given} ${surname}` };
}

/** Dates spread over 2025-2026, so date windows of incident placement see realistic density. */
function pickDate(random: Random): string {
  const start = Date.UTC(2025, 0, 1);
  const day = random.int(0, 729);
  return new Date(start + day * 86_400_000).toISOString().slice(0, 10);
}

export function generateIncident(random: Random, key: string): SyntheticIncident {
  const wound = random.pick(WOUNDS);
  const subject = { ...person(random), age: random.int(19, 63) };
  const relativeGiven = random.pick(GIVEN_NAMES);
  return Object.freeze({
    key,
    date: pickDate(random),
    place: random.pick(loadPlaces()),
    setting: random.pick(SETTINGS),
    agency: random.pick(AGENCIES),
    force: random.pick(FORCE),
    wound,
    familyWound: random.chance(0.4) ? random.pick(WOUNDS) : wound,
    subject,
    official: { ...person(random), title: random.pick(OFFICIAL_TITLES) },
    witness: { ...person(random), role: random.pick(WITNESS_ROLES) },
    // Relatives usually share the subject's surname, which tests speaker resolution by surname.
    relative: { given: relativeGiven, surname: subject.surname, full: `${relativeGiven} ${subject.surname}`, relation: random.pick(FAMILY_ROLES) },
    lawyer: person(random),
    mayor: person(random),
    hour: random.int(5, 21),
  });
}
