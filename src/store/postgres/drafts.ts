import { ParallaxError } from '../../lib/errors.js';
import { buildInsert } from './buildInsert.js';
import type { PgConnection } from './openConnection.js';
import { toDraft, type DraftRow, type DraftTable } from '../rows/draftRows.js';

const COLUMNS = ['version_id', 'local_index', 'document_id', 'incident_id', 'is_primary', 'published', 'draft'];

/** A version's drafts are one unit, like its attributions. */
export function createDraftTable(db: PgConnection): DraftTable {
  return {
    replaceDrafts(versionId, drafts) {
      const rows = drafts.map((d) => {
        if (d.versionId !== versionId) {
          throw new ParallaxError('bad_argument', `A draft of version ${d.versionId} was given for version ${versionId}.`);
        }
        return [versionId, d.localIndex, d.documentId, d.incidentId, d.draft.primary, d.published, JSON.stringify(d.draft)];
      });
      db.transaction(() => db.writeLater([{ sql: `DELETE FROM drafts WHERE version_id = $1`, params: [versionId] }, ...buildInsert('drafts', COLUMNS, rows)]));
    },
    listDrafts: (versionId) => db.query<DraftRow>(`SELECT * FROM drafts WHERE version_id = $1 ORDER BY local_index`, [versionId]).map(toDraft),
    listDraftsForIncident: (incidentId) =>
      db
        .query<DraftRow>(
          `SELECT d.* FROM drafts d JOIN document_versions v ON v.id = d.version_id
           WHERE d.incident_id = $1 ORDER BY d.published IS NULL, d.published, v.seq, d.local_index`,
          [incidentId],
        )
        .map(toDraft),
    unassignIncident: (incidentId) => void db.query(`UPDATE drafts SET incident_id = NULL WHERE incident_id = $1`, [incidentId]),
  };
}
