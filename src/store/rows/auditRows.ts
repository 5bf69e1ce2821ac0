import type { AuditEntry, AuditJson } from '../../domain/audit.js';

/** Audit rows as both stores keep them, and how they become entries. */
export interface AuditTable {
  appendAudit(entry: AuditEntry): void;
  listAudit(incidentId: string): AuditEntry[];
}

export interface AuditRow {
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

export function parseJson(text: string | null): AuditJson | null {
  return text === null ? null : (JSON.parse(text) as AuditJson);
}

export function toEntry(row: AuditRow): AuditEntry {
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
