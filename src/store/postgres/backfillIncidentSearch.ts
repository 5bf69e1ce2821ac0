import type { PgConnection } from './openConnection.js';

/** Incidents indexed per transaction: each takes milliseconds, and a transaction holds the writer lock. */
const CHUNK = 200;

/**
 * Indexes, for search, the incidents a database held when migration 007 ran (it leaves the
 * `incident_search` meta row), a chunk per transaction so no call outlives the connection's
 * timeout and writers get their turn between chunks; then removes the row. Processes opening the
 * store together share the work. Returns how many incidents it indexed.
 */
export function backfillIncidentSearch(db: PgConnection): number {
  let indexed = 0;
  // Looked at first without the writer lock: nearly always there is nothing to do.
  const stale = (): boolean => db.query(`SELECT 1 FROM parallax_meta WHERE key = 'incident_search'`).length > 0;
  while (stale()) {
    const done = db.transaction(() => {
      if (!db.query(`SELECT 1 FROM parallax_meta WHERE key = 'incident_search'`).length) return null;
      const [row] = db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM (
           SELECT id FROM incidents WHERE id NOT IN (SELECT incident_id FROM incident_search) LIMIT ${CHUNK}) i,
         LATERAL parallax_refresh_incident_search(i.id)`,
      );
      const n = row?.n ?? 0;
      if (n === 0) db.query(`DELETE FROM parallax_meta WHERE key = 'incident_search'`);
      return n;
    });
    if (done === null) break;
    indexed += done;
  }
  return indexed;
}
