import { ParallaxError } from '../../lib/errors.js';
import { SEARCH_COUNT_CAP, type IncidentPage, type ListIncidentsOptions } from '../Store.js';
import { matchingIncidentIds } from './matchingIncidentIds.js';
import type { PgConnection } from './openConnection.js';
import type { Statement } from './workerProtocol.js';
import { toFtsQuery } from './toFtsQuery.js';
import { toSameRowQuery, type SameRowQuery } from './toSameRowQuery.js';
import { toIncident, type IncidentRow } from '../rows/incidentRows.js';

const ORDER = `ORDER BY i.date IS NULL, i.date DESC, i.id`;
const SEARCH_ORDER = `ORDER BY s.date IS NULL, s.date DESC, s.incident_id`;

// Each statement is a round trip to the server, so settings travel as one text of several commands.
const commands = (...sql: string[]): Statement => ({ sql: sql.join('; ') });

// The planner cannot see that reading an incident's word vector costs far more than its row, so
// the scans are chosen here: the GIN index to collect matches, the list order index to walk them.
const scans = (seqscan: string, indexscan: string, bitmapscan: string): string[] => [
  `SET LOCAL enable_seqscan TO ${seqscan}`,
  `SET LOCAL enable_indexscan TO ${indexscan}`,
  `SET LOCAL enable_indexonlyscan TO ${indexscan}`,
  `SET LOCAL enable_bitmapscan TO ${bitmapscan}`,
];
// A reader inside a writing transaction first has the incidents it changed re-indexed (migration 007).
const LOOKUP = commands(
  'SET CONSTRAINTS incident_search_refresh IMMEDIATE',
  'SET CONSTRAINTS incident_search_refresh DEFERRED',
  ...scans('off', 'off', 'DEFAULT'),
);
const WALK = commands(...scans('off', 'DEFAULT', 'off'));
// Nested in a caller's transaction, the settings would outlive the search.
const RESET = commands(...scans('DEFAULT', 'DEFAULT', 'DEFAULT'));

// The rule itself, on the incident's rows (claims, versions of its drafts), for what its vector cannot
// answer. One EXISTS over a UNION ALL stays a per-incident check: two ORed EXISTS become hashed
// subplans that read every matching claim and version of the store.
const ROWS_MATCH = `EXISTS (SELECT 1 FROM claims c WHERE c.incident_id = s.incident_id AND c.search @@ $2::tsquery
  UNION ALL SELECT 1 FROM drafts d JOIN document_versions v ON v.id = d.version_id
    WHERE d.incident_id = s.incident_id AND v.search @@ $2::tsquery)`;

/**
 * The matching rows of incident_search `s` ($1 the same-row query, $2 the normalised one, $3 and
 * $4 limit and offset), `per` ('LIMIT n' or an order and limit) applied to each part: incidents
 * with a vector, through it; the few without one (too many rows), row by row. Kept apart rather
 * than ORed so the vector test can be the GIN index condition and is not re-read as a filter.
 */
function matchingRows(query: SameRowQuery, per: string): string {
  const vector = `s.search @@ $1::tsquery${query.compound ? ` AND ${ROWS_MATCH}` : ''}`;
  return `(SELECT s.incident_id, s.date FROM incident_search s WHERE ${vector} ${per})
    UNION ALL (SELECT s.incident_id, s.date FROM incident_search s WHERE s.search IS NULL AND ${ROWS_MATCH} ${per})`;
}

function checkPaging(options: ListIncidentsOptions): void {
  for (const key of ['limit', 'offset'] as const) {
    const value = options[key];
    if (!Number.isInteger(value) || value < 0) {
      throw new ParallaxError('bad_argument', `${key} must be a non-negative integer.`, { [key]: value });
    }
  }
}

export type ListIncidentPage = (options: ListIncidentsOptions) => IncidentPage;

type CountedRow = Partial<IncidentRow> & { matches: number };

/**
 * Incident list with optional full-text filter. `total` counts every match up to SEARCH_COUNT_CAP
 * (or the end of the page, if further); beyond, it is that cap and `totalIsLowerBound` says so.
 *
 * A search first collects up to cap + 1 matching incidents through the GIN index of
 * incident_search. When that is all of them, they are sorted and paged at once. When there are
 * more, a common word, the page walks incidents in list order, keeps the matching ones and stops.
 */
export function createListIncidentPage(db: PgConnection): ListIncidentPage {
  // A store opened with an older migration list (tests) has no incident_search.
  const indexed = db.query<{ found: boolean }>(`SELECT to_regclass('incident_search') IS NOT NULL AS found`)[0]?.found ?? false;
  const unfiltered = (options: ListIncidentsOptions): IncidentPage => {
    const [count, page] = db.batch([
      { sql: `SELECT count(*)::int AS n FROM incidents` },
      { sql: `SELECT i.* FROM incidents i ${ORDER} LIMIT $1 OFFSET $2`, params: [options.limit, options.offset] },
    ]) as [{ n: number }[], IncidentRow[]];
    return { total: count[0]?.n ?? 0, items: page.map(toIncident) };
  };

  // Without the index, or for a query toSameRowQuery cannot rewrite (none that toFtsQuery writes): every match, sorted.
  const everyMatch = (q: string, options: ListIncidentsOptions): IncidentPage => {
    const [count, page] = db.batch([
      { sql: `SELECT count(*)::int AS n FROM incidents i WHERE i.id IN (${matchingIncidentIds(1)})`, params: [q] },
      { sql: `SELECT i.* FROM incidents i WHERE i.id IN (${matchingIncidentIds(1)}) ${ORDER} LIMIT $2 OFFSET $3`, params: [q, options.limit, options.offset] },
    ]) as [{ n: number }[], IncidentRow[]];
    return { total: count[0]?.n ?? 0, items: page.map(toIncident) };
  };

  const search = (q: string, options: ListIncidentsOptions): IncidentPage => {
    const [, normalised] = db.batch([
      LOOKUP,
      { sql: `SELECT to_tsquery('parallax', $1)::text AS q, EXISTS (SELECT 1 FROM parallax_meta WHERE key = 'incident_search') AS stale`, params: [q] },
    ]) as [unknown, { q: string; stale: boolean }[]];
    const exact = normalised[0]?.q ?? '';
    // Incidents stored before migration 007 not all indexed yet (backfillIncidentSearch): the rule on rows.
    const query = normalised[0]?.stale ? null : toSameRowQuery(exact);
    if (query === null || query.sameRow === '') {
      db.batch([RESET]);
      return query === null ? everyMatch(q, options) : { total: 0, items: [] };
    }
    const cap = Math.max(SEARCH_COUNT_CAP, options.offset + options.limit);
    // The count of the collected matches rides on every page row; a page past the end still has one row.
    const collect = `WITH m AS MATERIALIZED (${matchingRows(query, `LIMIT ${cap + 1}`)})
      SELECT c.matches, i.* FROM (SELECT count(*)::int AS matches FROM m) c
      LEFT JOIN (SELECT s.incident_id FROM m s ${SEARCH_ORDER} LIMIT $3 OFFSET $4) p ON true
      LEFT JOIN incidents i ON i.id = p.incident_id
      ${ORDER}`;
    const params = [query.sameRow, exact, options.limit, options.offset];
    const [collected] = db.batch([{ sql: collect, params }, RESET]) as [CountedRow[]];
    const matches = collected[0]?.matches ?? 0;
    if (matches <= cap) {
      const items = collected.filter((row) => typeof row.id === 'string').map(({ matches: _m, ...row }) => toIncident(row as IncidentRow));
      return { total: matches, items };
    }
    // Both parts walk the list order index (the second its partial twin) and merge.
    const walk = `SELECT i.* FROM (SELECT s.incident_id FROM (${matchingRows(query, `${SEARCH_ORDER} LIMIT $3::int + $4::int`)}) s
      ${SEARCH_ORDER} LIMIT $3 OFFSET $4) p
      JOIN incidents i ON i.id = p.incident_id ${ORDER}`;
    const [, page] = db.batch([WALK, { sql: walk, params }, RESET]) as [unknown, IncidentRow[]];
    return { total: cap, totalIsLowerBound: true, items: page.map(toIncident) };
  };

  return (options) => {
    checkPaging(options);
    // A blank query, or one of punctuation only, leaves nothing to search for: no filter.
    const q = options.q === undefined ? null : toFtsQuery(options.q);
    // One snapshot, so the total and the page agree; no writer lock, so readers never wait.
    return Object.freeze(db.read(() => (q === null ? unfiltered(options) : indexed ? search(q, options) : everyMatch(q, options))));
  };
}
