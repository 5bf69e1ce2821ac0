import type Database from 'better-sqlite3';
import { ParallaxError } from '../../lib/errors.js';
import type { DocumentVersionRecord } from '../../domain/records.js';
import { toVersion, type DocumentTable, type VersionRow } from '../rows/documentRows.js';

/** Document versions are insert-only; "latest" and "oldest first" follow insertion order (rowid). */
export function createDocumentTable(db: Database.Database): DocumentTable {
  const bySha = db.prepare<[string], VersionRow>(`SELECT * FROM document_versions WHERE sha256 = ?`);
  const byId = db.prepare<[string], VersionRow>(`SELECT * FROM document_versions WHERE id = ?`);
  const latest = db.prepare<[string], VersionRow>(
    `SELECT * FROM document_versions WHERE document_id = ? ORDER BY rowid DESC LIMIT 1`,
  );
  const all = db.prepare<[string], VersionRow>(`SELECT * FROM document_versions WHERE document_id = ? ORDER BY rowid`);
  const latestIds = db.prepare<[], { id: string }>(
    `SELECT (SELECT v.id FROM document_versions v WHERE v.document_id = d.document_id ORDER BY v.rowid DESC LIMIT 1) AS id
     FROM (SELECT document_id, MIN(rowid) AS first FROM document_versions GROUP BY document_id) d ORDER BY d.first`,
  );
  const conflict = db.prepare<[string, string], { id: string; sha256: string }>(
    `SELECT id, sha256 FROM document_versions WHERE id = ? OR sha256 = ?`,
  );
  const insert = db.prepare(
    `INSERT INTO document_versions (id, document_id, previous_version_id, sha256, format, text, body_start, title, url,
       outlet, author, published, anchor, update_notes, source_path, ingested_at)
     VALUES (@id, @documentId, @previousVersionId, @sha256, @format, @text, @bodyStart, @title, @url,
       @outlet, @author, @published, @anchor, @updateNotes, @sourcePath, @ingestedAt)`,
  );
  return {
    findVersionBySha256: (sha256) => toVersion(bySha.get(sha256)),
    getVersion: (versionId) => toVersion(byId.get(versionId)),
    findLatestVersionByDocumentId: (documentId) => toVersion(latest.get(documentId)),
    listVersions: (documentId) => all.all(documentId).map((row) => toVersion(row) as DocumentVersionRecord),
    listLatestVersionIds: () => latestIds.all().map((row) => row.id),
    insertVersion(version) {
      const existing = conflict.get(version.id, version.sha256);
      if (existing) {
        const field = existing.id === version.id ? 'id' : 'sha256';
        throw new ParallaxError('bad_input', `A document version with this ${field} is already stored.`, {
          versionId: existing.id,
          field,
        });
      }
      if (version.previousVersionId !== null && !byId.get(version.previousVersionId)) {
        throw new ParallaxError('not_found', `Previous version ${version.previousVersionId} is not stored.`, {
          previousVersionId: version.previousVersionId,
        });
      }
      insert.run({ ...version, anchor: JSON.stringify(version.anchor), updateNotes: JSON.stringify(version.updateNotes) });
    },
  };
}
