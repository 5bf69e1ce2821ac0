import type { PgConnection } from './openConnection.js';
import type { Statement } from './workerProtocol.js';
import { toSameRowQuery, type SameRowQuery } from './toSameRowQuery.js';

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
/** Settings for walking incident_search in list order (send before the walking query). */
export const WALK_SCANS = commands(scans('off', 'DEFAULT', 'off'));
// A reader nested in a caller's transaction puts the settings back, and first has the incidents
// that transaction changed re-indexed (migration 007 does it at commit otherwise).
const RESET = commands(scans('DEFAULT', 'DEFAULT', 'DEFAULT'));
const REINDEX_PENDING: Statement = { sql: 'SET CONSTRAINTS incident_search_refresh IMMEDIATE; SET CONSTRAINTS incident_search_refresh DEFERRED' };

/** The list order of incident_search `s`. */
export const SEARCH_ORDER = `ORDER BY s.date IS NULL, s.date DESC, s.incident_id`;

// The rule itself, on the incident's rows (claims, versions of its drafts), for what its vector cannot
// answer. One EXISTS over a UNION ALL stays a per-incident check: two ORed EXISTS become hashed
// subplans that read every matching claim and version of the store.
const ROWS_MATCH = `EXISTS (SELECT 1 FROM claims c WHERE c.incident_id = s.incident_id AND c.search @@ $2::tsquery
  UNION ALL SELECT 1 FROM drafts d JOIN document_versions v ON v.id = d.version_id
    WHERE d.incident_id = s.incident_id AND v.search @@ $2::tsquery)`;

/**
 * The matching rows (incident_id, date) of incident_search `s`, for parameters $1 the same-row
 * query and $2 the normalised one, `per` (a LIMIT, an order and limit, or nothing) applied to
 * each part: incidents with a vector, through it; the few without one (too many rows), row by row.
 * Kept apart rather than ORed so the vector test is the GIN index condition, not re-read as a filter.
 */
export function matchingRows(query: SameRowQuery, per = ''): string {
  const vector = `s.search @@ $1::tsquery${query.compound ? ` AND ${ROWS_MATCH}` : ''}`;
  return `(SELECT s.incident_id, s.date FROM incident_search s WHERE ${vector} ${per})
    UNION ALL (SELECT s.incident_id, s.date FROM incident_search s WHERE s.search IS NULL AND ${ROWS_MATCH} ${per})`;
}

export interface PreparedSearch {
  /** null: incident_search cannot answer (not all indexed yet, or an unusual query); use the rule on rows. */
  readonly query: SameRowQuery | null;
  /** The normalised tsquery text, parameter $2 of matchingRows. */
  readonly exact: string;
  /** Call with the answer when done: a nested reader's settings are put back. */
  finish<T>(answer: T): T;
}

/** Whether the database has migration 007's incident_search (a store opened with an older list has not). */
export function hasIncidentSearch(db: PgConnection): boolean {
  return db.query<{ found: boolean }>(`SELECT to_regclass('incident_search') IS NOT NULL AS found`)[0]?.found ?? false;
}

/**
 * Normalises the tsquery text `q` (toFtsQuery's) on the server, in one round trip that also sets
 * the scans for collecting matches and asks whether incidents are still waiting to be indexed.
 * Call inside `db.read`, passing its `nested`.
 */
export function prepareSearch(db: PgConnection, q: string, nested: boolean): PreparedSearch {
  const statements: Statement[] = [
    ...(nested ? [REINDEX_PENDING] : []),
    {
      sql: `SELECT to_tsquery('parallax', $1)::text AS q, EXISTS (SELECT 1 FROM parallax_meta WHERE key = 'incident_search') AS stale, ${LOOKUP}`,
      params: [q],
    },
  ];
  const [row] = db.batch(statements).at(-1) as { q: string; stale: boolean }[];
  const exact = row?.q ?? '';
  return {
    // Incidents stored before migration 007 not all indexed yet (backfillIncidentSearch): the rule on rows.
    query: row?.stale ? null : toSameRowQuery(exact),
    exact,
    finish(answer) {
      if (nested) db.batch([RESET]);
      return answer;
    },
  };
}
