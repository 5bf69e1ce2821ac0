import Database from 'better-sqlite3';

export interface AuditRowState {
  readonly seq: number;
  readonly id: string;
  readonly actor: string;
  readonly action: string;
  readonly target_kind: string;
  readonly target_id: string;
  readonly incident_id: string | null;
  readonly before_json: string | null;
  readonly after_json: string | null;
  readonly at: string;
}

export interface ReviewState {
  readonly audit: readonly AuditRowState[];
  readonly decisions: readonly { incident_id: string; kind: string; key: string; verdict: string; value_json: string | null; actor: string }[];
  readonly visibility: readonly { incident_id: string; field: string; visibility: string; actor: string }[];
  /** "versionId#localIndex" → incident id (null when unplaced). */
  readonly drafts: ReadonlyMap<string, string | null>;
  readonly incidentIds: readonly string[];
  /** Claims whose incident holds no account of the claim's version. */
  readonly strayClaims: number;
}

/** Reads the review tables, the audit log and where every account sits, straight from the file. */
export function inspectReview(path: string): ReviewState {
  const db = new Database(path, { readonly: true });
  try {
    const audit = db.prepare('SELECT seq, id, at, actor, action, target_kind, target_id, incident_id, before_json, after_json FROM audit_log ORDER BY seq').all() as AuditRowState[];
    const decisions = db.prepare('SELECT incident_id, kind, key, verdict, value_json, actor FROM review_decisions').all() as ReviewState['decisions'];
    const visibility = db.prepare('SELECT incident_id, field, visibility, actor FROM visibility_rules').all() as ReviewState['visibility'];
    const draftRows = db.prepare('SELECT version_id, local_index, incident_id FROM drafts').all() as { version_id: string; local_index: number; incident_id: string | null }[];
    const incidentIds = (db.prepare('SELECT id FROM incidents ORDER BY id').all() as { id: string }[]).map((r) => r.id);
    const strayClaims = (db.prepare(`SELECT COUNT(*) AS n FROM claims c WHERE NOT EXISTS
      (SELECT 1 FROM drafts d WHERE d.version_id = c.version_id AND d.incident_id = c.incident_id)`).get() as { n: number }).n;
    return { audit, decisions, visibility, drafts: new Map(draftRows.map((d) => [`${d.version_id}#${d.local_index}`, d.incident_id])), incidentIds, strayClaims };
  } finally {
    db.close();
  }
}
