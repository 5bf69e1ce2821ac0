import { ParallaxError } from '../../lib/errors.js';
import type { DocumentVersionRecord } from '../../domain/records.js';
import type { PgConnection } from './openConnection.js';
import { toVersion, type DocumentTable, type VersionRow } from '../rows/documentRows.js';

const COLUMNS = `id, document_id, previous_version_id, sha256, format, text, body_start, title, url, outlet, author,
  published, anchor, update_notes, source_path, ingested_at`;

/** Document versions are insert-only; "latest" and "oldest first" follow insertion order (seq). */
export function createDocumentTable(db: PgConnection): DocumentTable {
  const one = (sql: string, value: string): DocumentVersionRecord | null => toVersion(db.query<VersionRow>(sql, [value])[0]);
  return {
    findVersionBySha256: (sha256) => one(`SELECT ${COLUMNS} FROM document_versions WHERE sha256 = $1`, sha256),
    getVersion: (versionId) => one(`SELECT ${COLUMNS} FROM document_versions WHERE id = $1`, versionId),
    findLatestVersionByDocumentId: (documentId) =>
      one(`SELECT ${COLUMNS} FROM document_versions WHERE document_id = $1 ORDER BY seq DESC LIMIT 1`, documentId),
    listVersions: (documentId) =>
      db
        .query<VersionRow>(`SELECT ${COLUMNS} FROM document_versions WHERE document_id = $1 ORDER BY seq`, [documentId])
        .map((row) => toVersion(row) as DocumentVersionRecord),
    listLatestVersionIds: () =>
      db
        .query<{ id: string }>(
          `SELECT (SELECT v.id FROM document_versions v WHERE v.document_id = d.document_id ORDER BY v.seq DESC LIMIT 1) AS id
           FROM (SELECT document_id, MIN(seq) AS first FROM document_versions GROUP BY document_id) d ORDER BY d.first`,
        )
        .map((row) => row.id),
    insertVersion(version) {
      // One statement when all is well (a round trip inside the writer lock costs every worker);
      // the reasons for a refusal are looked up only when nothing was inserted.
      const inserted = db.query(
        `INSERT INTO document_versions (${COLUMNS})
           SELECT $1, $2, $3, $4, $5, $6, $7::int, $8, $9, $10, $11, $12, $13, $14, $15, $16
           WHERE $3::text IS NULL OR EXISTS (SELECT 1 FROM document_versions WHERE id = $3)
         ON CONFLICT DO NOTHING RETURNING id`,
        [
          version.id,
          version.documentId,
          version.previousVersionId,
          version.sha256,
          version.format,
          version.text,
          version.bodyStart,
          version.title,
          version.url,
          version.outlet,
          version.author,
          version.published,
          JSON.stringify(version.anchor),
          JSON.stringify(version.updateNotes),
          version.sourcePath,
          version.ingestedAt,
        ],
      );
      if (inserted.length) return;
      const [existing] = db.query<{ id: string }>(`SELECT id FROM document_versions WHERE id = $1 OR sha256 = $2`, [version.id, version.sha256]);
      if (existing) {
        const field = existing.id === version.id ? 'id' : 'sha256';
        throw new ParallaxError('bad_input', `A document version with this ${field} is already stored.`, { versionId: existing.id, field });
      }
      throw new ParallaxError('not_found', `Previous version ${version.previousVersionId} is not stored.`, {
        previousVersionId: version.previousVersionId,
      });
    },
  };
}
