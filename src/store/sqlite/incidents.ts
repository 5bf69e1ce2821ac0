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
  const removeKeys = lazyStatement(db, `DELETE FROM incident_blocking_keys WHERE incident_id = ?`);
  const insertKey = lazyStatement(db, `INSERT INTO incident_blocking_keys (key, date, incident_id) VALUES (?, ?, ?)`);
  const writeKeys = (incident: IncidentRecord): void => {
    if (!present) return;
    removeKeys().run(incident.id);
    for (const key of incidentBlockingKeys(incident)) insertKey().run(key, incident.date, incident.id);
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
  // the (key, date, incident_id) index (a correlated subquery per key); an incident may share several keys.
  const byKeys = lazyStatement<{ keys: string; from: string; to: string; cap: number }, CandidateRow>(
    db,
    `SELECT ${CANDIDATE_COLUMNS.map((c) => `i.${c}`).join(', ')} FROM incidents i WHERE i.id IN (
       SELECT b.incident_id FROM json_each(@keys) k JOIN incident_blocking_keys b ON b.rowid IN (
         SELECT rowid FROM incident_blocking_keys WHERE key = k.value AND date >= @from AND date <= @to ORDER BY date DESC, incident_id DESC LIMIT @cap)
       UNION
       SELECT b.incident_id FROM json_each(@keys) k JOIN incident_blocking_keys b ON b.rowid IN (
         SELECT rowid FROM incident_blocking_keys WHERE key = k.value AND date IS NULL ORDER BY incident_id LIMIT @cap))
     ORDER BY i.date, i.id`,
  );
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
      return byKeys().all({ keys: JSON.stringify(keys), from: window.from ?? '', to: window.to ?? '\uffff', cap: CANDIDATES_PER_KEY }).map(toCandidate);
    },
  };
}
