import type Database from 'better-sqlite3';
import { lazyStatement } from './lazyStatement.js';
import { toEntry, type AuditTable, type AuditRow } from '../rows/auditRows.js';

/** The append-only log; triggers in migration 002 refuse UPDATE and DELETE even from raw SQL. */
export function createAuditTable(db: Database.Database): AuditTable {
  const insert = lazyStatement(db, `INSERT INTO audit_log (id, at, actor, action, target_kind, target_id, incident_id, before_json, after_json)
    VALUES (@id, @at, @actor, @action, @target_kind, @target_id, @incident_id, @before_json, @after_json)`);
  // An entry belongs to an incident when it names it as its incident or targets the incident itself.
  const list = lazyStatement<[string, string], AuditRow>(db, `SELECT * FROM audit_log
    WHERE incident_id = ? OR (target_kind = 'incident' AND target_id = ?) ORDER BY seq`);
  return {
    appendAudit(entry) {
      const incidentId = entry.incidentId ?? (entry.target.kind === 'incident' ? entry.target.id : null);
      insert().run({
        id: entry.id,
        at: entry.at,
        actor: entry.actor,
        action: entry.action,
        target_kind: entry.target.kind,
        target_id: entry.target.id,
        incident_id: incidentId,
        before_json: entry.before === null ? null : JSON.stringify(entry.before),
        after_json: entry.after === null ? null : JSON.stringify(entry.after),
      });
    },
    listAudit: (incidentId) => list().all(incidentId, incidentId).map(toEntry),
  };
}
