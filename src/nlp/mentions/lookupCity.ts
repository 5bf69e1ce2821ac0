import { loadPlaces, type City } from './loadPlaces.js';
import { stateCode } from './stateCode.js';

const WORD_START = /(^|[\s-])(\p{L})/gu;

export interface CityLocation {
  readonly city: string;
  /** USPS code */
  readonly state: string;
  readonly lat: number;
  readonly lon: number;
}

/**
 * A city of vocab/places.json by name, with its state and coordinates. Without `state` the name
 * must be unambiguous: "Portland" (Oregon or Maine) and "Ontario" (also a Canadian province) give null.
 */
export function lookupCity(name: string, state?: string | null): CityLocation | null {
  const places = loadPlaces();
  const key = name.trim().replace(/\s+/g, ' ');
  const list = places.citiesByName.get(key) ?? places.citiesByName.get(toTitleCase(key)) ?? foldedIndex(places.citiesByName).get(key.toLowerCase()) ?? [];
  let candidates = list;
  if (state) {
    const code = stateCode(state);
    if (!code) return null;
    candidates = list.filter((c) => c.state === code);
  } else if (list.length !== 1 || list[0].ambiguous) {
    return null;
  }
  const hit = candidates[0];
  return hit ? Object.freeze({ city: hit.name, state: hit.state, lat: hit.lat, lon: hit.lon }) : null;
}

function toTitleCase(s: string): string {
  return s.toLowerCase().replace(WORD_START, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

// "MCALLEN" in a dateline is "McAllen": the city list by lower-cased name, built once per list.
const folded = new WeakMap<object, Map<string, readonly City[]>>();

function foldedIndex(byName: ReadonlyMap<string, readonly City[]>): ReadonlyMap<string, readonly City[]> {
  let index = folded.get(byName);
  if (!index) {
    index = new Map();
    for (const [name, list] of byName) index.set(name.toLowerCase(), [...(index.get(name.toLowerCase()) ?? []), ...list]);
    folded.set(byName, index);
  }
  return index;
}
