import type { IncidentRecord } from '../../domain/records.js';
import type { PgConnection } from './openConnection.js';
import { CANDIDATES_PER_KEY, incidentBlockingKeys } from '../rows/blockingKeys.js';
import type { DateWindow, IncidentCandidateRow } from '../Store.js';
import { toCandidate, toIncident, type IncidentRow, type IncidentTable } from '../rows/incidentRows.js';


export const UPSERT_INCIDENT = `INSERT INTO incidents (id, date, date_precision, time, city, state, place, lat, lon, agencies, persons, charges,
    force, footage, sources, contested, stage)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
  ON CONFLICT(id) DO UPDATE SET date = excluded.date, date_precision = excluded.date_precision, time = excluded.time,
    city = excluded.city, state = excluded.state, place = excluded.place, lat = excluded.lat, lon = excluded.lon,
    agencies = excluded.agencies, persons = excluded.persons, charges = excluded.charges, force = excluded.force,
    footage = excluded.footage, sources = excluded.sources, contested = excluded.contested, stage = excluded.stage`;

/** The parameters of UPSERT_INCIDENT for one incident (assemblePostgresStore sends it with the claims in one batch). */
export function toIncidentParams(incident: IncidentRecord): unknown[] {
  return [
    incident.id,
    incident.date,
    incident.datePrecision,
    incident.time,
    incident.city,
    incident.state,
    incident.place,
    incident.lat,
    incident.lon,
    JSON.stringify(incident.agencies),
    JSON.stringify(incident.persons),
    JSON.stringify(incident.charges),
    JSON.stringify(incident.force),
    incident.footage,
    JSON.stringify(incident.sources),
    JSON.stringify(incident.contested),
    incident.stage,
  ];
}



/** Statements replacing the incident's blocking keys; send them after UPSERT_INCIDENT in the same batch. */
export function toBlockingKeyStatements(incident: IncidentRecord): { sql: string; params: unknown[] }[] {
  return [
    { sql: `DELETE FROM incident_blocking_keys WHERE incident_id = $1`, params: [incident.id] },
    {
      sql: `INSERT INTO incident_blocking_keys (key, date, incident_id) SELECT k, $2, $3 FROM unnest($1::text[]) AS k`,
      params: [incidentBlockingKeys(incident), incident.date, incident.id],
    },
  ];
}

// Undated incidents stay candidates: a window cannot rule them out.
const BY_WINDOW = `SELECT * FROM incidents
  WHERE date IS NULL OR (($1::text IS NULL OR date >= $1) AND ($2::text IS NULL OR date <= $2))
  ORDER BY date, id`;

// Only incidents sharing a blocking key: for each key its most recent incidents in the window and its
// first undated ones, at most $4 each, off the (key, date, incident_id) index (see the SQLite twin).
export const BY_KEYS = `SELECT i.* FROM incidents i WHERE i.id IN (
    SELECT c.incident_id FROM unnest($3::text[]) AS k(key) CROSS JOIN LATERAL (
      (SELECT b.incident_id FROM incident_blocking_keys b
       WHERE b.key = k.key AND b.date COLLATE "C" >= coalesce($1::text, '') AND b.date COLLATE "C" <= coalesce($2::text, '99999')
       ORDER BY b.date COLLATE "C" DESC, b.incident_id COLLATE "C" DESC LIMIT $4)
      UNION ALL
      (SELECT b.incident_id FROM incident_blocking_keys b WHERE b.key = k.key AND b.date IS NULL
       ORDER BY b.incident_id COLLATE "C" LIMIT $4)) AS c)
  ORDER BY i.date, i.id`;

// The planner, left to choose, plans BY_KEYS afresh for every placement (its estimate of the
// generic plan, not knowing the window, is worse than a custom plan's), which cost the server about
// 0.35 ms per ingested document, six times running the query. The generic plan is the one it picks
// anyway: an index scan of incident_blocking_keys per key, whatever the dates. Set for this query
// only (SET LOCAL inside the caller's transaction, then back): elsewhere custom plans stay, as
// search needs them.
const GENERIC_PLAN = 'SET LOCAL plan_cache_mode TO force_generic_plan';
const PLAN_AS_BEFORE = 'SET LOCAL plan_cache_mode TO DEFAULT';

function createBlockedCandidates(db: PgConnection) {
  let keysComplete = false;
  const backfill = (): void =>
    db.transaction(() => {
      if (!db.query(`SELECT 1 FROM parallax_meta WHERE key = 'blocking_keys' FOR UPDATE`).length) return;
      for (const row of db.query<IncidentRow>(`SELECT * FROM incidents`)) db.batch(toBlockingKeyStatements(toIncident(row)));
      db.query(`DELETE FROM parallax_meta WHERE key = 'blocking_keys'`);
    });
  return (window: DateWindow, keys: readonly string[]): IncidentCandidateRow[] => {
    if (keys.length === 0) return [];
    // Only migration 006 sets the flag, before any store is open at version 6: once clear, it stays clear.
    if (!keysComplete) {
      // Marked only once seen clear: a backfill inside a transaction that rolls back is undone.
      if (db.query(`SELECT 1 FROM parallax_meta WHERE key = 'blocking_keys'`).length) backfill();
      else keysComplete = true;
    }
    const params = [window.from, window.to, keys, CANDIDATES_PER_KEY];
    if (db.transactionSerial() === 0) return db.query<IncidentRow>(BY_KEYS, params).map(toCandidate);
    // The plan for any keys and window (GENERIC_PLAN), the settings travelling with the query and the next statement.
    db.defer(GENERIC_PLAN);
    try {
      return db.query<IncidentRow>(BY_KEYS, params).map(toCandidate);
    } finally {
      db.defer(PLAN_AS_BEFORE);
    }
  };
}

export function createIncidentTable(db: PgConnection): IncidentTable {
  const byKeys = createBlockedCandidates(db);
  return {
    upsertIncident: (incident) => void db.batch([{ sql: UPSERT_INCIDENT, params: toIncidentParams(incident) }, ...toBlockingKeyStatements(incident)]),
    deleteIncident: (id) => void db.query(`DELETE FROM incidents WHERE id = $1`, [id]),
    getIncident(id) {
      const [row] = db.query<IncidentRow>(`SELECT * FROM incidents WHERE id = $1`, [id]);
      return row ? toIncident(row) : null;
    },
    findIncidentCandidates: (window, keys) =>
      keys === undefined ? db.query<IncidentRow>(BY_WINDOW, [window.from, window.to]).map(toCandidate) : byKeys(window, keys),
    listIncidentDocuments: (incidentId) =>
      db
        .query<{ version_id: string; document_id: string; is_primary: boolean }>(
          `SELECT d.version_id, min(d.document_id) AS document_id, bool_or(d.is_primary) AS is_primary
           FROM drafts d JOIN document_versions v ON v.id = d.version_id
           WHERE d.incident_id = $1
           GROUP BY d.version_id
           ORDER BY min(v.published) IS NULL, min(v.published), MIN(v.seq)`,
          [incidentId],
        )
        .map((r) => Object.freeze({ versionId: r.version_id, documentId: r.document_id, primary: r.is_primary })),
    countIncidents: () => db.query<{ n: number }>(`SELECT count(*)::int AS n FROM incidents`)[0]?.n ?? 0,
  };
}
