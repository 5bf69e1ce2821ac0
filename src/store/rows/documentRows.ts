import type { DocumentVersionRecord } from '../../domain/records.js';

/** Document version rows as both stores keep them, and how they become records. */
export interface VersionRow {
  id: string;
  document_id: string;
  previous_version_id: string | null;
  sha256: string;
  format: string;
  text: string;
  body_start: number;
  title: string | null;
  url: string | null;
  outlet: string | null;
  author: string | null;
  published: string | null;
  anchor: string;
  update_notes: string;
  source_path: string | null;
  ingested_at: string;
}

export function toVersion(row: VersionRow | undefined): DocumentVersionRecord | null {
  if (!row) return null;
  return Object.freeze({
    id: row.id,
    documentId: row.document_id,
    previousVersionId: row.previous_version_id,
    sha256: row.sha256,
    format: row.format as DocumentVersionRecord['format'],
    text: row.text,
    bodyStart: row.body_start,
    title: row.title,
    url: row.url,
    outlet: row.outlet,
    author: row.author,
    published: row.published,
    anchor: JSON.parse(row.anchor),
    updateNotes: JSON.parse(row.update_notes),
    sourcePath: row.source_path,
    ingestedAt: row.ingested_at,
  });
}

export interface DocumentTable {
  findVersionBySha256(sha256: string): DocumentVersionRecord | null;
  findLatestVersionByDocumentId(documentId: string): DocumentVersionRecord | null;
  getVersion(versionId: string): DocumentVersionRecord | null;
  listVersions(documentId: string): DocumentVersionRecord[];
  listLatestVersionIds(): string[];
  insertVersion(version: DocumentVersionRecord): void;
}
