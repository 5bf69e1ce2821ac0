import type { AuditEntry, AuditJson } from '../../domain/audit.js';
import type { PgConnection } from './openConnection.js';

export interface AuditTable {
  appendAudit(entry: AuditEntry): void;
  listAudit(incidentId: string): AuditEntry[];
}

interface AuditRow {
  id: string;
  at: string;
  actor: string;
  action: string;
  target_kind: string;
  target_id: string;
  incident_id: string | null;
  before_json: string | null;
  after_json: string | null;
}

function parseJson(text: string | null): AuditJson | null {
  return text === null ? null : (JSON.parse(text) as AuditJson);
}

function toEntry(row: AuditRow): AuditEntry {
  return Object.freeze({
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    target: Object.freeze({ kind: row.target_kind, id: row.target_id }),
    before: parseJson(row.before_json),
    after: parseJson(row.after_json),
    incidentId: row.incident_id,
  });
}

/** The append-only log; a trigger in migration 002 refuses UPDATE and DELETE even from raw SQL. */
export function createAuditTable(db: PgConnection): AuditTable {
  return {
    appendAudit(entry) {
      const incidentId = entry.incidentId ?? (entry.target.kind === 'incident' ? entry.target.id : null);
      db.query(
        `INSERT INTO audit_log (id, at, actor, action, target_kind, target_id, incident_id, before_json, after_json)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          entry.id,
          entry.at,
          entry.actor,
          entry.action,
          entry.target.kind,
          entry.target.id,
          incidentId,
          entry.before === null ? null : JSON.stringify(entry.before),
          entry.after === null ? null : JSON.stringify(entry.after),
        ],
      );
    },
    // An entry belongs to an incident when it names it as its incident or targets the incident itself.
    listAudit: (incidentId) =>
      db
        .query<AuditRow>(`SELECT * FROM audit_log WHERE incident_id = $1 OR (target_kind = 'incident' AND target_id = $1) ORDER BY seq`, [incidentId])
        .map(toEntry),
  };
}
