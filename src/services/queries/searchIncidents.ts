import { ParallaxError } from '../../lib/errors.js';
import type { IncidentListRow, Store } from '../../store/Store.js';
import { buildUsMap } from './buildUsMap.js';
import { reviewStatusOf, type ReviewStatus } from '../review/applyReview.js';
import type { Viewer } from '../review/viewer.js';
import { loadTrackers, matchesTracker, type Tracker } from './loadTrackers.js';

export const FACETS = ['state', 'agency', 'outcome', 'force', 'month', 'review', 'contested'] as const;
export type FacetName = (typeof FACETS)[number];

export const SORTS = ['date_desc', 'date_asc', 'contested', 'documents', 'place'] as const;
export type SortName = (typeof SORTS)[number];

export interface IncidentQuery {
  readonly q?: string;
  readonly filters?: Partial<Readonly<Record<FacetName, readonly string[]>>>;
  readonly tracker?: string;
  readonly sort?: SortName;
  readonly limit: number;
  readonly offset: number;
}

export interface IncidentListItem {
  readonly id: string;
  readonly date: string | null;
  readonly city: string | null;
  readonly state: string | null;
  readonly subject: string | null;
  readonly outcome: string | null;
  readonly agencies: readonly string[];
  readonly force: readonly string[];
  readonly documentCount: number;
  readonly claimCount: number;
  readonly contestedCount: number;
  readonly review: ReviewStatus;
}

export interface FacetCount {
  readonly value: string;
  readonly count: number;
}

export interface IncidentSearchResult {
  readonly total: number;
  readonly items: readonly IncidentListItem[];
  /** Counts for each facet over the incidents matching every other filter (so choices never lead to nothing). */
  readonly facets: Readonly<Record<FacetName, readonly FacetCount[]>>;
  /** Every matching incident with a place, for the map. */
  readonly points: readonly MapPoint[];
  /** Matching incidents per week (the Monday starting it), oldest first. */
  readonly weeks: readonly FacetCount[];
  readonly trackers: readonly Pick<Tracker, 'id' | 'label' | 'description'>[];
}

/**
 * Incidents placed on the map (buildUsMap's box): at their coordinates, else at their state's
 * centre. Incidents that land on the same spot (within a few units) share one point, so ten
 * thousand incidents stay a light map; `id` is the first of them.
 */
export interface MapPoint {
  readonly id: string;
  readonly count: number;
  readonly x: number;
  readonly y: number;
  /** true when placed at the state's centre for want of coordinates. */
  readonly approximate: boolean;
  readonly state: string | null;
  readonly city: string | null;
  readonly date: string | null;
}

function placeOnMap(row: IncidentListRow): MapPoint | null {
  const map = buildUsMap();
  const exact = row.lat !== null && row.lon !== null ? map.project(row.lon, row.lat) : null;
  const centre = exact ? null : map.states.find((s) => s.code === row.state)?.centroid;
  const at = exact ?? centre;
  if (!at) return null;
  const round = (n: number) => Math.round(n * 10) / 10;
  return { id: row.id, count: 1, x: round(at[0]), y: round(at[1]), approximate: !exact, state: row.state, city: row.city, date: row.date };
}

const SPOT = 4; // map units (the box is 975 wide): closer points merge

function groupPoints(points: readonly MapPoint[]): MapPoint[] {
  const spots = new Map<string, MapPoint>();
  for (const p of points) {
    const key = `${Math.round(p.x / SPOT)}:${Math.round(p.y / SPOT)}:${p.approximate}`;
    const seen = spots.get(key);
    spots.set(key, seen ? { ...seen, count: seen.count + 1, city: seen.city === p.city ? seen.city : null } : p);
  }
  return [...spots.values()];
}

const weekCache = new Map<string, string>();

/** weekOf, remembered: ten thousand incidents share a few hundred dates. */
function cachedWeekOf(date: string): string {
  let week = weekCache.get(date);
  if (week === undefined) weekCache.set(date, (week = weekOf(date)));
  return week;
}

interface Row {
  readonly base: IncidentListRow;
  readonly review: ReviewStatus;
  readonly values: Readonly<Record<FacetName, readonly string[]>>;
}

function toRow(base: IncidentListRow, review: ReviewStatus): Row {
  return {
    base,
    review,
    values: {
      state: base.state ? [base.state] : [],
      agency: base.agencies,
      outcome: [base.subject?.outcome ?? 'unknown'],
      force: base.force,
      month: base.date && base.date.length >= 7 ? [base.date.slice(0, 7)] : [],
      review: [review],
      contested: [base.contestedCount > 0 ? 'yes' : 'no'],
    },
  };
}

/** Monday of the ISO week holding a YYYY-MM-DD date. */
export function weekOf(date: string): string {
  const day = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  const back = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - back);
  return day.toISOString().slice(0, 10);
}

const COMPARE: Readonly<Record<SortName, (a: Row, b: Row) => number>> = {
  date_desc: () => 0, // rows arrive newest first, undated last
  date_asc: (a, b) => (a.base.date === null ? 1 : b.base.date === null ? -1 : a.base.date.localeCompare(b.base.date)),
  contested: (a, b) => b.base.contestedCount - a.base.contestedCount,
  documents: (a, b) => b.base.documentCount - a.base.documentCount,
  place: (a, b) => `${a.base.state ?? '~'} ${a.base.city ?? '~'}`.localeCompare(`${b.base.state ?? '~'} ${b.base.city ?? '~'}`),
};

function countFacet(rows: readonly Row[], facet: FacetName): FacetCount[] {
  const counts = new Map<string, number>();
  for (const row of rows) for (const v of new Set(row.values[facet])) counts.set(v, (counts.get(v) ?? 0) + 1);
  const list = [...counts].map(([value, count]) => ({ value, count }));
  // Months read best in calendar order; everything else by how many incidents it holds.
  return facet === 'month' ? list.sort((a, b) => b.value.localeCompare(a.value)) : list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

function subjectFor(store: Store, row: Row, viewer: Viewer): string | null {
  if (!row.base.subject || viewer.canSeePrivate) return row.base.subject?.name ?? null;
  const hidden = store.listVisibility(row.base.id).some((r) => r.visibility === 'private' && r.field !== null && /^persons(\.\d+(\.name)?)?$/.test(r.field));
  return hidden ? null : row.base.subject.name;
}

/**
 * The incidents page: search, facets with counts, tracker rules, sorting, paging, map points and
 * weekly counts, in one pass over light rows. Private incidents are invisible to anonymous viewers.
 */
export function searchIncidents(store: Store, query: IncidentQuery, viewer: Viewer): IncidentSearchResult {
  const hidden = viewer.canSeePrivate ? new Set<string>() : new Set(store.listPrivateIncidentIds());
  const tallies = new Map(store.listReviewTallies().map((t) => [t.incidentId, t]));
  const matching = query.q ? new Set(store.searchIncidentIds(query.q)) : null;
  const trackers = loadTrackers();
  const tracker = query.tracker ? trackers.find((t) => t.id === query.tracker) : undefined;
  if (query.tracker && !tracker) throw new ParallaxError('bad_argument', `No saved filter "${query.tracker.slice(0, 60)}".`, { known: trackers.map((t) => t.id) });
  const rows = store
    .listIncidentRows()
    .filter((r) => !hidden.has(r.id) && (matching === null || matching.has(r.id)))
    .map((r) => toRow(r, reviewStatusOf(tallies.get(r.id))))
    .filter((r) => !tracker || matchesTracker(tracker.rule, { force: r.base.force, outcome: r.base.subject?.outcome ?? null, contested: r.base.contestedCount > 0 }));
  const filters = query.filters ?? {};
  const active = FACETS.filter((f) => (filters[f]?.length ?? 0) > 0);
  const passes = (row: Row, except: FacetName | null) => active.every((f) => f === except || row.values[f].some((v) => filters[f]?.includes(v)));
  const selected = rows.filter((r) => passes(r, null));
  const facets = Object.fromEntries(FACETS.map((f) => [f, countFacet(active.includes(f) ? rows.filter((r) => passes(r, f)) : selected, f)])) as Record<FacetName, FacetCount[]>;
  const sorted = query.sort && query.sort !== 'date_desc' ? [...selected].sort(COMPARE[query.sort]) : selected;
  const weeks = new Map<string, number>();
  for (const r of selected) {
    if (!r.base.date || r.base.date.length !== 10) continue;
    const week = cachedWeekOf(r.base.date);
    weeks.set(week, (weeks.get(week) ?? 0) + 1);
  }
  return {
    total: selected.length,
    items: sorted.slice(query.offset, query.offset + query.limit).map((r) => ({
      id: r.base.id,
      date: r.base.date,
      city: r.base.city,
      state: r.base.state,
      subject: subjectFor(store, r, viewer),
      outcome: r.base.subject?.outcome ?? null,
      agencies: r.base.agencies,
      force: r.base.force,
      documentCount: r.base.documentCount,
      claimCount: r.base.claimCount,
      contestedCount: r.base.contestedCount,
      review: r.review,
    })),
    facets,
    points: groupPoints(selected.map((r) => placeOnMap(r.base)).filter((p): p is MapPoint => p !== null)),
    weeks: [...weeks].sort((a, b) => a[0].localeCompare(b[0])).map(([value, count]) => ({ value, count })),
    trackers: trackers.map((t) => ({ id: t.id, label: t.label, description: t.description })),
  };
}
