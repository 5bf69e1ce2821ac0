import type Database from 'better-sqlite3';
import { ParallaxError } from '../../lib/errors.js';
import type { StoredDraft } from '../Store.js';
import type { DraftRow, DraftTable } from '../rows/draftRows.js';
import { createDraftParser } from './createDraftParser.js';

/** Drafts remembered parsed: more than the members of the largest incidents rebuilt in a row. */
const PARSED_DRAFTS = 1024;

/** A version's drafts are one unit, like its attributions. */
export function createDraftTable(db: Database.Database): DraftTable {
  const remove = db.prepare(`DELETE FROM drafts WHERE version_id = ?`);
  const insert = db.prepare(
    `INSERT INTO drafts (version_id, local_index, document_id, incident_id, is_primary, published, draft)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const byVersion = db.prepare<[string], DraftRow>(`SELECT * FROM drafts WHERE version_id = ? ORDER BY local_index`);
  const byIncident = db.prepare<[string], DraftRow>(
    `SELECT d.* FROM drafts d JOIN document_versions v ON v.id = d.version_id
     WHERE d.incident_id = ? ORDER BY d.published IS NULL, d.published, v.rowid, d.local_index`,
  );
  const unassign = db.prepare(`UPDATE drafts SET incident_id = NULL WHERE incident_id = ?`);
  const parser = createDraftParser(PARSED_DRAFTS);
  const slotOf = (versionId: string, localIndex: number): string => `${versionId}\u0000${localIndex}`;
  const replace = db.transaction((versionId: string, drafts: readonly StoredDraft[]) => {
    remove.run(versionId);
    for (const d of drafts) {
      if (d.versionId !== versionId) {
        throw new ParallaxError('bad_argument', `A draft of version ${d.versionId} was given for version ${versionId}.`);
      }
      const json = JSON.stringify(d.draft);
      insert.run(versionId, d.localIndex, d.documentId, d.incidentId, d.draft.primary ? 1 : 0, d.published, json);
      // Read back at once by the rebuild of its incident. Safe even if this write is rolled back:
      // what is remembered is what `json` parses to, and it is given back only for that text.
      parser.remember(slotOf(versionId, d.localIndex), json, d.draft);
    }
  });
  // As rows/draftRows.ts's toDraft, with the draft parsed once per stored text.
  const toDraft = (row: DraftRow): StoredDraft =>
    Object.freeze({
      versionId: row.version_id,
      documentId: row.document_id,
      localIndex: row.local_index,
      incidentId: row.incident_id,
      draft: parser.read(slotOf(row.version_id, row.local_index), row.draft),
      published: row.published,
    });
  return {
    replaceDrafts: (versionId, drafts) => replace(versionId, drafts),
    listDrafts: (versionId) => byVersion.all(versionId).map(toDraft),
    listDraftsForIncident: (incidentId) => byIncident.all(incidentId).map(toDraft),
    unassignIncident: (incidentId) => void unassign.run(incidentId),
  };
}
