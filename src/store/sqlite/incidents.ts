import type Database from 'better-sqlite3';
import type { IncidentRecord } from '../../domain/records.js';
import { CANDIDATES_PER_KEY, incidentBlockingKeys } from '../rows/blockingKeys.js';
import { CANDIDATE_COLUMNS, toCandidate, toIncident, type CandidateRow, type IncidentRow, type IncidentTable } from '../rows/incidentRows.js';
import type { DateWindow, IncidentCandidateRow } from '../Store.js';
import { lazyStatement } from './lazyStatement.js';


export function createIncidentTable(db: Database.Database): IncidentTable {
  const upsert = db.prepare(
    `INSERT INTO incidents (id, date, date_precision, time, city, state, place, lat, lon, agencies, persons, charges,
       force, footage, sources, contested, stage)
     VALUES (@id, @date, @datePrecision, @time, @city, @state, @place, @lat, @lon, @agencies, @persons, @charges,
       @force, @footage, @sources, @contested, @stage)
     ON CONFLICT(id) DO UPDATE SET date = excluded.date, date_precision = excluded.date_precision, time = excluded.time,
       city = excluded.city, state = excluded.state, place = excluded.place, lat = excluded.lat, lon = excluded.lon,
       agencies = excluded.agencies, persons = excluded.persons, charges = excluded.charges, force = excluded.force,
       footage = excluded.footage, sources = excluded.sources, contested = excluded.contested, stage = excluded.stage`,
  );
  const remove = db.prepare(`DELETE FROM incidents WHERE id = ?`);
  const byId = db.prepare<[string], IncidentRow>(`SELECT * FROM incidents WHERE id = ?`);
  // Undated incidents stay candidates: a window cannot rule them out. Two range scans joined by
  // UNION ALL let both halves use the date index (an OR over them made SQLite scan every incident).
  const candidates = db.prepare<{ from: string; to: string }, CandidateRow>(
    `SELECT ${CANDIDATE_COLUMNS.join(', ')} FROM incidents WHERE date >= @from AND date <= @to
     UNION ALL
     SELECT ${CANDIDATE_COLUMNS.join(', ')} FROM incidents WHERE date IS NULL
     ORDER BY date, id`,
  );
  const byWindow = (window: DateWindow): IncidentCandidateRow[] =>
    candidates.all({ from: window.from ?? '', to: window.to ?? '\uffff' }).map(toCandidate);
  const findByKeys = createBlockedCandidates(db, byWindow);
  const documents = db.prepare<[string], { version_id: string; document_id: string; is_primary: number }>(
    `SELECT d.version_id, d.document_id, MAX(d.is_primary) AS is_primary
     FROM drafts d JOIN document_versions v ON v.id = d.version_id
     WHERE d.incident_id = ?
     GROUP BY d.version_id
     ORDER BY v.published IS NULL, v.published, MIN(v.rowid)`,
  );
  const count = db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM incidents`);
  return {
    upsertIncident(incident) {
      upsert.run({
        ...incident,
        agencies: JSON.stringify(incident.agencies),
        persons: JSON.stringify(incident.persons),
        charges: JSON.stringify(incident.charges),
        force: JSON.stringify(incident.force),
        sources: JSON.stringify(incident.sources),
        contested: JSON.stringify(incident.contested),
      });
      findByKeys.writeKeys(incident);
    },
    deleteIncident: (id) => void remove.run(id),
    getIncident(id) {
      const row = byId.get(id);
      return row ? toIncident(row) : null;
    },
    findIncidentCandidates: (window, keys) => (keys === undefined ? byWindow(window) : findByKeys.find(window, keys)),
    listIncidentDocuments: (incidentId) =>
      documents.all(incidentId).map((r) =>
        Object.freeze({ versionId: r.version_id, documentId: r.document_id, primary: r.is_primary === 1 }),
      ),
    countIncidents: () => count.get()?.n ?? 0,
  };
}

/**
 * Candidates sharing a blocking key, through the (key, date, incident_id) index: two short index
 * walks per key, at most CANDIDATES_PER_KEY rows each, so the cost stays flat as the store grows.
 * Keys of incidents written before migration 6 are computed once, on first use. A database opened
 * with an older migration list (tests) has no key table: nothing is written and the window decides.
 */
function createBlockedCandidates(db: Database.Database, byWindow: (window: DateWindow) => IncidentCandidateRow[]) {
  const present = Boolean(db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'incident_blocking_keys'`).get());
  const storedKeys = lazyStatement<[string], { key: string; date: string | null }>(db, `SELECT key, date FROM incident_blocking_keys WHERE incident_id = ?`);
  const removeKeys = lazyStatement(db, `DELETE FROM incident_blocking_keys WHERE incident_id = ?`);
  const insertKey = lazyStatement(db, `INSERT INTO incident_blocking_keys (key, date, incident_id) VALUES (?, ?, ?)`);
  // An incident is saved again at every new report of it, mostly under the same keys and date: those
  // rows are left as they are (one read instead of a delete and an insert per key), the others rewritten.
  const writeKeys = (incident: IncidentRecord): void => {
    if (!present) return;
    const keys = incidentBlockingKeys(incident);
    const stored = storedKeys().all(incident.id);
    if (sameKeys(stored, keys, incident.date)) return;
    if (stored.length > 0) removeKeys().run(incident.id);
    for (const key of keys) insertKey().run(key, incident.date, incident.id);
  };
  const stale = lazyStatement<[], { value: string }>(db, `SELECT value FROM parallax_meta WHERE key = 'blocking_keys'`);
  const clearStale = lazyStatement(db, `DELETE FROM parallax_meta WHERE key = 'blocking_keys'`);
  const everyIncident = lazyStatement<[], IncidentRow>(db, `SELECT * FROM incidents`);
  let keysComplete = false;
  const backfill = db.transaction(() => {
    if (!stale().get()) return;
    for (const row of everyIncident().all()) writeKeys(toIncident(row));
    clearStale().run();
  });
  // For each key, its most recent incidents in the window and its first undated ones, each read off
  // the (key, date) index by a short walk of its own (a statement per key and kind, from here); an
  // incident may share several keys, so the ids are gathered once and their rows read together in
  // SQLite's order. One statement doing every walk (json_each joined to correlated subqueries, each
  // sorted in a temporary b-tree) cost a third more per placement (issue 6).
  const datedIds = lazyStatement<[string, string, string, number], string>(
    db,
    `SELECT incident_id FROM incident_blocking_keys WHERE key = ? AND date >= ? AND date <= ? ORDER BY date DESC, incident_id DESC LIMIT ?`,
  );
  const undatedIds = lazyStatement<[string, number], string>(
    db,
    `SELECT incident_id FROM incident_blocking_keys WHERE key = ? AND date IS NULL ORDER BY incident_id LIMIT ?`,
  );
  const byIds = lazyStatement<[string], CandidateRow>(
    db,
    `SELECT ${CANDIDATE_COLUMNS.join(', ')} FROM incidents WHERE id IN (SELECT value FROM json_each(?)) ORDER BY date, id`,
  );
  const idsFor = (keys: readonly string[], from: string, to: string): string[] => {
    const ids = new Set<string>();
    const dated = datedIds().pluck();
    const undated = undatedIds().pluck();
    for (const key of keys) for (const id of dated.all(key, from, to, CANDIDATES_PER_KEY)) ids.add(id);
    for (const key of keys) for (const id of undated.all(key, CANDIDATES_PER_KEY)) ids.add(id);
    return [...ids];
  };
  return {
    writeKeys,
    find(window: DateWindow, keys: readonly string[]): IncidentCandidateRow[] {
      if (!present) return byWindow(window);
      if (keys.length === 0) return [];
      // Only migration 006 sets the flag, before any store is open at version 6: once clear, it stays clear.
      if (!keysComplete) {
        // Marked only once seen clear: a backfill inside a transaction that rolls back is undone.
        if (stale().get()) backfill.immediate();
        else keysComplete = true;
      }
      const ids = idsFor(keys, window.from ?? '', window.to ?? '\uffff');
      return ids.length === 0 ? [] : byIds().all(JSON.stringify(ids)).map(toCandidate);
    },
  };
}

/** Whether the stored rows are exactly `keys` (each once, in any order), all under `date`. */
function sameKeys(stored: readonly { key: string; date: string | null }[], keys: readonly string[], date: string | null): boolean {
  if (stored.length !== keys.length) return false;
  const wanted = new Set(keys);
  return wanted.size === keys.length && stored.every((row) => row.date === date && wanted.delete(row.key));
}
