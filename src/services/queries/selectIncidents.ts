import { ParallaxError } from '../../lib/errors.js';
import type { Store } from '../../store/Store.js';
import { FACETS, type FacetCount, type FacetName, type IncidentQuery, type MapPoint, type SortName } from './incidentQuery.js';
import { loadTrackers, matchesTracker } from './loadTrackers.js';
import type { SearchSnapshot, SnapshotRow } from './searchSnapshot.js';

/** What a query selects, before paging: the same for every page of it, so it can be kept and reused. */
export interface Selection {
  /** Matching incidents in the query's order. */
  readonly sorted: readonly SnapshotRow[];
  readonly facets: Readonly<Record<FacetName, readonly FacetCount[]>>;
  readonly points: readonly MapPoint[];
  readonly weeks: readonly FacetCount[];
}

const SPOT = 4; // map units (the box is 975 wide): closer points merge

function groupPoints(rows: readonly SnapshotRow[]): MapPoint[] {
  const spots = new Map<string, MapPoint>();
  for (const { point: p } of rows) {
    if (!p) continue;
    const key = `${Math.round(p.x / SPOT)}:${Math.round(p.y / SPOT)}:${p.approximate}`;
    const seen = spots.get(key);
    spots.set(key, seen ? { ...seen, count: seen.count + 1, city: seen.city === p.city ? seen.city : null } : p);
  }
  return [...spots.values()];
}

const COMPARE: Readonly<Record<SortName, (a: SnapshotRow, b: SnapshotRow) => number>> = {
  date_desc: () => 0, // rows arrive newest first, undated last
  date_asc: (a, b) => (a.base.date === null ? 1 : b.base.date === null ? -1 : a.base.date.localeCompare(b.base.date)),
  contested: (a, b) => b.base.contestedCount - a.base.contestedCount,
  documents: (a, b) => b.base.documentCount - a.base.documentCount,
  place: (a, b) => `${a.base.state ?? '~'} ${a.base.city ?? '~'}`.localeCompare(`${b.base.state ?? '~'} ${b.base.city ?? '~'}`),
};

function countFacet(rows: readonly SnapshotRow[], facet: FacetName): FacetCount[] {
  const counts = new Map<string, number>();
  for (const row of rows) for (const v of row.values[facet]) counts.set(v, (counts.get(v) ?? 0) + 1);
  const list = [...counts].map(([value, count]) => ({ value, count }));
  // Months read best in calendar order; everything else by how many incidents it holds.
  return facet === 'month' ? list.sort((a, b) => b.value.localeCompare(a.value)) : list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

function countWeeks(rows: readonly SnapshotRow[]): FacetCount[] {
  const weeks = new Map<string, number>();
  for (const r of rows) if (r.week !== null) weeks.set(r.week, (weeks.get(r.week) ?? 0) + 1);
  return [...weeks].sort((a, b) => a[0].localeCompare(b[0])).map(([value, count]) => ({ value, count }));
}

/**
 * Search, tracker rule, facet filters and sort over a snapshot, in one pass over its light rows.
 * Incidents private as a whole are left out unless the viewer may see private material. Facets
 * count over the incidents matching every other filter (so a choice never leads to nothing).
 */
export function selectIncidents(store: Store, snapshot: SearchSnapshot, query: Omit<IncidentQuery, 'limit' | 'offset'>, canSeePrivate: boolean): Selection {
  const trackers = loadTrackers();
  const tracker = query.tracker ? trackers.find((t) => t.id === query.tracker) : undefined;
  if (query.tracker && !tracker) throw new ParallaxError('bad_argument', `No saved filter "${query.tracker.slice(0, 60)}".`, { known: trackers.map((t) => t.id) });
  const matching = query.q ? new Set(store.searchIncidentIds(query.q)) : null;
  const rows = snapshot.rows.filter(
    (r) =>
      (canSeePrivate || !snapshot.privateIds.has(r.base.id)) &&
      (matching === null || matching.has(r.base.id)) &&
      (!tracker || matchesTracker(tracker.rule, { force: r.base.force, outcome: r.base.subject?.outcome ?? null, contested: r.base.contestedCount > 0 })),
  );
  const filters = query.filters ?? {};
  const active = FACETS.filter((f) => (filters[f]?.length ?? 0) > 0);
  const passes = (row: SnapshotRow, except: FacetName | null) => active.every((f) => f === except || row.values[f].some((v) => filters[f]?.includes(v)));
  const selected = active.length ? rows.filter((r) => passes(r, null)) : rows;
  const facets = Object.fromEntries(FACETS.map((f) => [f, countFacet(active.includes(f) ? rows.filter((r) => passes(r, f)) : selected, f)])) as Record<FacetName, FacetCount[]>;
  // Frozen: a kept selection is handed to every later reader of the same query.
  return Object.freeze({
    sorted: Object.freeze(query.sort && query.sort !== 'date_desc' ? [...selected].sort(COMPARE[query.sort]) : selected),
    facets: Object.freeze(Object.fromEntries(FACETS.map((f) => [f, Object.freeze(facets[f].map((c) => Object.freeze(c)))])) as Record<FacetName, readonly FacetCount[]>),
    points: Object.freeze(groupPoints(selected).map((p) => Object.freeze(p))),
    weeks: Object.freeze(countWeeks(selected).map((w) => Object.freeze(w))),
  });
}
