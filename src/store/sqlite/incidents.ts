import type Database from 'better-sqlite3';
import { toCandidate, toIncident, type IncidentRow, type IncidentTable } from '../rows/incidentRows.js';


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
  const candidates = db.prepare<{ from: string; to: string }, IncidentRow>(
    `SELECT * FROM incidents WHERE date >= @from AND date <= @to
     UNION ALL
     SELECT * FROM incidents WHERE date IS NULL
     ORDER BY date, id`,
  );
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
    },
    deleteIncident: (id) => void remove.run(id),
    getIncident(id) {
      const row = byId.get(id);
      return row ? toIncident(row) : null;
    },
    findIncidentCandidates: (window) => candidates.all({ from: window.from ?? '', to: window.to ?? '\uffff' }).map(toCandidate),
    listIncidentDocuments: (incidentId) =>
      documents.all(incidentId).map((r) =>
        Object.freeze({ versionId: r.version_id, documentId: r.document_id, primary: r.is_primary === 1 }),
      ),
    countIncidents: () => count.get()?.n ?? 0,
  };
}
