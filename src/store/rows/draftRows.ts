import type { StoredDraft } from '../Store.js';

/** Draft rows as both stores keep them, and how they become stored drafts. */
export interface DraftRow {
  version_id: string;
  document_id: string;
  local_index: number;
  incident_id: string | null;
  published: string | null;
  draft: string;
}

export function toDraft(row: DraftRow): StoredDraft {
  return Object.freeze({
    versionId: row.version_id,
    documentId: row.document_id,
    localIndex: row.local_index,
    incidentId: row.incident_id,
    draft: JSON.parse(row.draft),
    published: row.published,
  });
}

export interface DraftTable {
  replaceDrafts(versionId: string, drafts: readonly StoredDraft[]): void;
  listDrafts(versionId: string): StoredDraft[];
  listDraftsForIncident(incidentId: string): StoredDraft[];
  unassignIncident(incidentId: string): void;
}
