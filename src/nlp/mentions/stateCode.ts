import { loadPlaces } from './loadPlaces.js';

/** USPS code of a state given by name ("Oregon"), AP abbreviation ("Ore.") or code ("OR"); null if none. */
export function stateCode(nameOrAbbrev: string): string | null {
  const key = nameOrAbbrev.trim().replace(/\s+/g, ' ').toLowerCase();
  if (!key) return null;
  return loadPlaces().stateByKey.get(key)?.code ?? null;
}
