import type { IncidentListRow, Store } from '../../store/Store.js';
import { reviewStatusOf, type ReviewStatus } from '../review/applyReview.js';
import { buildUsMap } from './buildUsMap.js';
import type { FacetName, MapPoint } from './incidentQuery.js';

/** One incident as search filters, facets, sorts and maps it, worked out once per snapshot. */
export interface SnapshotRow {
  readonly base: IncidentListRow;
  readonly review: ReviewStatus;
  /** Each facet's values for this incident, without repeats. */
  readonly values: Readonly<Record<FacetName, readonly string[]>>;
  /** Monday of the incident's week; null when it has no full date. */
  readonly week: string | null;
  readonly point: MapPoint | null;
}

/**
 * Everything the incidents page is computed from, read at one store generation: light rows
 * (newest first, undated last), the ids of incidents private as a whole, and a per-incident
 * memo of whether the subject's name is withheld from anonymous viewers.
 */
export interface SearchSnapshot {
  readonly generation: number;
  readonly rows: readonly SnapshotRow[];
  readonly privateIds: ReadonlySet<string>;
  isSubjectWithheld(incidentId: string): boolean;
}

/** Monday of the ISO week holding a YYYY-MM-DD date. */
export function weekOf(date: string): string {
  const day = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  const back = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - back);
  return day.toISOString().slice(0, 10);
}

function placeOnMap(row: IncidentListRow): MapPoint | null {
  const map = buildUsMap();
  const exact = row.lat !== null && row.lon !== null ? map.project(row.lon, row.lat) : null;
  const centre = exact ? null : map.states.find((s) => s.code === row.state)?.centroid;
  const at = exact ?? centre;
  if (!at) return null;
  const round = (n: number) => Math.round(n * 10) / 10;
  return Object.freeze({ id: row.id, count: 1, x: round(at[0]), y: round(at[1]), approximate: !exact, state: row.state, city: row.city, date: row.date });
}

function toRow(base: IncidentListRow, review: ReviewStatus, weeks: Map<string, string>): SnapshotRow {
  const date = base.date;
  let week: string | null = null;
  if (date && date.length === 10) {
    // Ten thousand incidents share a few hundred dates.
    week = weeks.get(date) ?? weekOf(date);
    weeks.set(date, week);
  }
  return Object.freeze({
    base,
    review,
    values: Object.freeze({
      state: base.state ? [base.state] : [],
      agency: [...new Set(base.agencies)],
      outcome: [base.subject?.outcome ?? 'unknown'],
      force: [...new Set(base.force)],
      month: date && date.length >= 7 ? [date.slice(0, 7)] : [],
      review: [review],
      contested: [base.contestedCount > 0 ? 'yes' : 'no'],
    }),
    week,
    point: placeOnMap(base),
  });
}

// A private rule on the persons list, one person, or one person's name hides the subject's name.
const SUBJECT_FIELD = /^persons(\.\d+(\.name)?)?$/;

/** Reads the store once; `generation` is the store's counter read before the rows, so a write racing the read only makes the next check reload. */
export function loadSearchSnapshot(store: Store, generation: number = store.readGeneration()): SearchSnapshot {
  const tallies = new Map(store.listReviewTallies().map((t) => [t.incidentId, t]));
  const weeks = new Map<string, string>();
  const rows = Object.freeze(store.listIncidentRows().map((r) => toRow(r, reviewStatusOf(tallies.get(r.id)), weeks)));
  const privateIds: ReadonlySet<string> = new Set(store.listPrivateIncidentIds());
  const withheld = new Map<string, boolean>();
  return Object.freeze({
    generation,
    rows,
    privateIds,
    isSubjectWithheld(incidentId: string): boolean {
      let hidden = withheld.get(incidentId);
      if (hidden === undefined) {
        hidden = store.listVisibility(incidentId).some((r) => r.visibility === 'private' && r.field !== null && SUBJECT_FIELD.test(r.field));
        withheld.set(incidentId, hidden);
      }
      return hidden;
    },
  });
}
