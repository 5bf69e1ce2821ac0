import { ParallaxError } from '../../lib/errors.js';
import type { StoredDraft } from '../Store.js';
import { buildInsert } from './buildInsert.js';
import type { PgConnection } from './openConnection.js';

interface DraftRow {
  version_id: string;
  document_id: string;
  local_index: number;
  incident_id: string | null;
  published: string | null;
  draft: string;
}

function toDraft(row: DraftRow): StoredDraft {
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
      db.transaction(() => db.batch([{ sql: `DELETE FROM drafts WHERE version_id = $1`, params: [versionId] }, ...buildInsert('drafts', COLUMNS, rows)]));
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
