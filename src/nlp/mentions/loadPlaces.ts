import { z } from 'zod';
import { compilePhrases, type PhraseMatcher } from './phraseMatcher.js';
import { readVocab } from './readVocab.js';

export interface City {
  readonly name: string;
  /** USPS code */
  readonly state: string;
  readonly lat: number;
  readonly lon: number;
  /** The bare name also names a place abroad (Ontario): it needs a state or context. */
  readonly ambiguous: boolean;
  /** The bare name is also a common word or personal name (Mobile, Jackson): a place only with a state or after a place preposition. */
  readonly word: boolean;
}

export interface State {
  readonly name: string;
  readonly code: string;
  readonly ap: readonly string[];
}

export type PlaceEntry =
  | { readonly kind: 'city'; readonly cities: readonly City[] }
  | { readonly kind: 'state'; readonly state: State; readonly form: 'name' | 'ap' | 'code' }
  | { readonly kind: 'country'; readonly name: string };

export interface PlaceRegistry {
  readonly states: readonly State[];
  readonly cities: readonly City[];
  /** Cities, state names and AP abbreviations, countries; names in capitals too (datelines). */
  readonly matcher: PhraseMatcher<PlaceEntry>;
  /** USPS codes, matched only after "City, " because "IN", "OR" and "ME" are also words. */
  readonly codeMatcher: PhraseMatcher<PlaceEntry>;
  readonly citiesByName: ReadonlyMap<string, readonly City[]>;
  readonly stateByKey: ReadonlyMap<string, State>;
  readonly streetSuffixes: ReadonlySet<string>;
  /** Words that open a street's name in Spanish-style names ("Calle Sonora", "Camino del Sol"). */
  readonly streetPrefixes: ReadonlySet<string>;
  readonly streetDirections: ReadonlySet<string>;
  readonly directions: ReadonlySet<string>;
  readonly roadPrefixes: readonly string[];
  /** Countries, and states and provinces of other countries ("Coahuila", "Ontario"). */
  readonly countries: ReadonlySet<string>;
  readonly foreignRegions: ReadonlySet<string>;
}

const PlacesFileSchema = z.object({
  states: z.array(z.object({ name: z.string(), code: z.string().length(2), ap: z.array(z.string()) })).min(50),
  cities: z.array(
    z.object({
      name: z.string().min(1),
      state: z.string().length(2),
      lat: z.number(),
      lon: z.number(),
      ambiguous: z.boolean().optional(),
      word: z.boolean().optional(),
    }),
  ),
  countries: z.array(z.string()),
  foreignRegions: z.array(z.string()).default([]),
  directions: z.array(z.string()),
  streetSuffixes: z.array(z.string()),
  streetPrefixes: z.array(z.string()),
  streetDirections: z.array(z.string()),
  roadPrefixes: z.array(z.string()),
});

let cached: PlaceRegistry | null = null;

function buildRegistry(file: z.infer<typeof PlacesFileSchema>): PlaceRegistry {
  const states = file.states.map((s) => Object.freeze({ ...s, ap: Object.freeze([...s.ap]) }));
  const cities = file.cities.map((c) =>
    Object.freeze({ name: c.name, state: c.state, lat: c.lat, lon: c.lon, ambiguous: c.ambiguous ?? false, word: c.word ?? false }),
  );
  const citiesByName = new Map<string, City[]>();
  for (const c of cities) {
    const list = citiesByName.get(c.name) ?? [];
    list.push(c);
    citiesByName.set(c.name, list);
  }
  const stateByKey = new Map<string, State>();
  const pairs: [string, PlaceEntry][] = [];
  const codePairs: [string, PlaceEntry][] = [];
  for (const s of states) {
    stateByKey.set(s.name.toLowerCase(), s);
    stateByKey.set(s.code.toLowerCase(), s);
    pairs.push([s.name, { kind: 'state', state: s, form: 'name' }], [s.name.toUpperCase(), { kind: 'state', state: s, form: 'name' }]);
    for (const ap of s.ap) {
      stateByKey.set(ap.toLowerCase(), s);
      pairs.push([ap, { kind: 'state', state: s, form: 'ap' }]);
    }
    codePairs.push([s.code, { kind: 'state', state: s, form: 'code' }]);
  }
  for (const [name, list] of citiesByName) {
    const entry: PlaceEntry = { kind: 'city', cities: Object.freeze(list) };
    pairs.push([name, entry], [name.toUpperCase(), entry]);
  }
  for (const name of file.countries) pairs.push([name, { kind: 'country', name }]);
  return Object.freeze({
    states: Object.freeze(states),
    cities: Object.freeze(cities),
    matcher: compilePhrases(pairs),
    codeMatcher: compilePhrases(codePairs),
    citiesByName,
    stateByKey,
    streetSuffixes: new Set(file.streetSuffixes),
    streetPrefixes: new Set(file.streetPrefixes),
    streetDirections: new Set(file.streetDirections),
    directions: new Set(file.directions),
    roadPrefixes: Object.freeze([...file.roadPrefixes]),
    countries: new Set(file.countries),
    foreignRegions: new Set(file.foreignRegions),
  });
}

/** U.S. states and cities from vocab/places.json, read and checked once per process. */
export function loadPlaces(): PlaceRegistry {
  if (!cached) cached = buildRegistry(readVocab('places.json', PlacesFileSchema));
  return cached;
}
