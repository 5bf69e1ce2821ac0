import type { PlaceMention } from '../../domain/analysis.js';
import { loadPlaces } from './loadPlaces.js';

/**
 * Settles the state of bare ambiguous cities from the rest of the text: the same city named with
 * its state elsewhere (a dateline, "Portland, Ore."), or a single state named in the text that has
 * a city of that name.
 */
export function resolvePlaceContext(mentions: readonly PlaceMention[]): PlaceMention[] {
  const stateOfCity = new Map<string, string>();
  const statesNamed = new Set<string>();
  for (const m of mentions) {
    if (m.city && m.state && !stateOfCity.has(m.city)) stateOfCity.set(m.city, m.state);
    if (m.state) statesNamed.add(m.state);
  }
  const places = loadPlaces();
  return mentions.map((m) => {
    if (!m.city || m.state) return m;
    let state = stateOfCity.get(m.city) ?? null;
    if (!state) {
      const options = (places.citiesByName.get(m.city) ?? []).filter((c) => statesNamed.has(c.state));
      if (options.length === 1) state = options[0].state;
    }
    return state ? Object.freeze({ ...m, state }) : m;
  });
}
