import Database from 'better-sqlite3';

export interface VersionState {
  readonly id: string;
  readonly documentId: string;
  readonly sha256: string;
  readonly text: string;
  readonly previousVersionId: string | null;
  readonly attributions: number;
  readonly drafts: number;
  readonly unplacedDrafts: number;
  readonly newest: boolean;
}

export interface DatabaseState {
  readonly integrity: string;
  readonly foreignKeyProblems: number;
  /** null when the full-text index passes FTS5's integrity check, else the error. */
  readonly ftsProblem: string | null;
  readonly versions: ReadonlyMap<string, VersionState>;
  readonly danglingClaims: number;
}

function checkFts(db: Database.Database): string | null {
  try {
    // Contentless (migration 006): its index is checked on its own, there is no content table to compare.
    db.prepare(`INSERT INTO incident_search(incident_search) VALUES ('integrity-check')`).run();
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

/** Reads what a crash could have damaged, straight from the file (not through the Store). */
export function inspectDatabase(path: string): DatabaseState {
  const db = new Database(path);
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
    const foreignKeyProblems = (db.pragma('foreign_key_check') as unknown[]).length;
    const rows = db
      .prepare(
        `SELECT v.id, v.document_id AS documentId, v.sha256, v.text, v.previous_version_id AS previousVersionId,
           (SELECT COUNT(*) FROM attributions a WHERE a.version_id = v.id) AS attributions,
           (SELECT COUNT(*) FROM drafts d WHERE d.version_id = v.id) AS drafts,
           (SELECT COUNT(*) FROM drafts d WHERE d.version_id = v.id AND (d.incident_id IS NULL OR d.incident_id NOT IN (SELECT id FROM incidents))) AS unplacedDrafts,
           NOT EXISTS (SELECT 1 FROM document_versions n WHERE n.previous_version_id = v.id) AS newest
         FROM document_versions v`,
      )
      .all() as (Omit<VersionState, 'newest'> & { newest: number })[];
    const danglingClaims = (db.prepare(`SELECT COUNT(*) AS n FROM claims WHERE version_id NOT IN (SELECT id FROM document_versions)`).get() as { n: number }).n;
    const versions = new Map(rows.map((r) => [r.sha256, { ...r, newest: r.newest === 1 }]));
    return { integrity, foreignKeyProblems, ftsProblem: checkFts(db), versions, danglingClaims };
  } finally {
    db.close();
  }
}
