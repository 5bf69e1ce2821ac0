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

// The planner cannot see that reading an incident's word vector costs far more than its row, so
// the scans are chosen here: the GIN index to collect matches, the list order index to walk them.
// Every statement is a round trip to the server: settings ride in a query (set_config) or travel
// as one text of several commands, and the outermost reader's COMMIT clears them.
const scans = (seqscan: string, indexscan: string, bitmapscan: string): [string, string][] => [
  ['enable_seqscan', seqscan],
  ['enable_indexscan', indexscan],
  ['enable_indexonlyscan', indexscan],
  ['enable_bitmapscan', bitmapscan],
];
const LOOKUP = scans('off', 'off', 'on')
  .map(([name, value]) => `set_config('${name}', '${value}', true)`)
  .join(', ');
const commands = (settings: [string, string][]): Statement => ({ sql: settings.map(([name, value]) => `SET LOCAL ${name} TO ${value}`).join('; ') });
const WALK = commands(scans('off', 'DEFAULT', 'off'));
// A reader nested in a caller's transaction puts the settings back, and first has the incidents
// that transaction changed re-indexed (migration 007 does it at commit otherwise).
const RESET = commands(scans('DEFAULT', 'DEFAULT', 'DEFAULT'));
const REINDEX_PENDING: Statement = { sql: 'SET CONSTRAINTS incident_search_refresh IMMEDIATE; SET CONSTRAINTS incident_search_refresh DEFERRED' };

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

/**
 * How many matches of a one-word search are collected to be sorted before walking instead: the
 * GIN index answers such a search exactly, so collecting costs a row read per match, where the walk
 * reads a whole word vector per incident it passes (the walk wins once matches are dense).
 */
const SORT_LIMIT = 5000;

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

  const search = (q: string, options: ListIncidentsOptions, nested: boolean): IncidentPage => {
    const [normalised] = db.batch([
      ...(nested ? [REINDEX_PENDING] : []),
      {
        sql: `SELECT to_tsquery('parallax', $1)::text AS q, EXISTS (SELECT 1 FROM parallax_meta WHERE key = 'incident_search') AS stale, ${LOOKUP}`,
        params: [q],
      },
    ]).slice(nested ? 1 : 0) as [{ q: string; stale: boolean }[]];
    const done = (page: IncidentPage): IncidentPage => {
      if (nested) db.batch([RESET]);
      return page;
    };
    const exact = normalised[0]?.q ?? '';
    // Incidents stored before migration 007 not all indexed yet (backfillIncidentSearch): the rule on rows.
    const query = normalised[0]?.stale ? null : toSameRowQuery(exact);
    if (query === null) return done(everyMatch(q, options));
    if (query.sameRow === '') return done({ total: 0, items: [] });
    const cap = Math.max(SEARCH_COUNT_CAP, options.offset + options.limit);
    // Several words must be checked in each collected vector: no more than the count needs.
    const gather = query.single ? Math.max(cap + 1, SORT_LIMIT) : cap + 1;
    // The count of the collected matches rides on every page row; a page past the end still has one row.
    const collect = `WITH m AS MATERIALIZED (${matchingRows(query, `LIMIT ${gather}`)})
      SELECT c.matches, i.* FROM (SELECT count(*)::int AS matches FROM m) c
      LEFT JOIN (SELECT s.incident_id FROM m s ${SEARCH_ORDER} LIMIT $3 OFFSET $4) p ON true
      LEFT JOIN incidents i ON i.id = p.incident_id
      ${ORDER}`;
    const params = [query.sameRow, exact, options.limit, options.offset];
    // The walk's settings go along, in case the collected matches are not all of them.
    const [collected] = db.batch([{ sql: collect, params }, WALK]) as [CountedRow[]];
    const matches = collected[0]?.matches ?? 0;
    if (matches < gather) {
      // Every match was collected, so the page sorted from them is the page.
      const items = collected.filter((row) => typeof row.id === 'string').map(({ matches: _m, ...row }) => toIncident(row as IncidentRow));
      return done(matches <= cap ? { total: matches, items } : { total: cap, totalIsLowerBound: true, items });
    }
    // Both parts walk the list order index (the second its partial twin) and merge.
    const walk = `SELECT i.* FROM (SELECT s.incident_id FROM (${matchingRows(query, `${SEARCH_ORDER} LIMIT $3::int + $4::int`)}) s
      ${SEARCH_ORDER} LIMIT $3 OFFSET $4) p
      JOIN incidents i ON i.id = p.incident_id ${ORDER}`;
    const [page] = db.batch([{ sql: walk, params }]) as [IncidentRow[]];
    return done({ total: cap, totalIsLowerBound: true, items: page.map(toIncident) });
  };

  return (options) => {
    checkPaging(options);
    // A blank query, or one of punctuation only, leaves nothing to search for: no filter.
    const q = options.q === undefined ? null : toFtsQuery(options.q);
    // One snapshot, so the total and the page agree; no writer lock, so readers never wait.
    return Object.freeze(
      db.read((nested) => (q === null ? unfiltered(options) : indexed ? search(q, options, nested) : everyMatch(q, options))),
    );
  };
}
