import type { PgConnection } from './openConnection.js';
import { toEntry, type AuditTable, type AuditRow } from '../rows/auditRows.js';

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
