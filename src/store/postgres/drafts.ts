import { ParallaxError } from '../../lib/errors.js';
import { buildInsert } from './buildInsert.js';
import type { AttributionIdCache } from './attributionIdCache.js';
import type { PgConnection } from './openConnection.js';
import { toDraft, type DraftRow, type DraftTable } from '../rows/draftRows.js';

const COLUMNS = ['version_id', 'local_index', 'document_id', 'incident_id', 'is_primary', 'published', 'draft'];

// Each version's seq and attributions are looked up by key, per draft of the incident: as joins,
// the planner of a store whose statistics lag (a fresh or fast-growing one, as every ingest's is)
// hashed the whole of document_versions and attributions for every rebuild, a cost growing with
// the store (issue #6). A draft's version always exists (foreign key), so the lookup is the join.
export const DRAFTS_FOR_INCIDENT = `SELECT d.* FROM drafts d WHERE d.incident_id = $1
  ORDER BY d.published IS NULL, d.published, (SELECT v.seq FROM document_versions v WHERE v.id = d.version_id), d.local_index`;
// The attribution ids of the same drafts' versions, for the rebuild that reads the drafts; a
// version without attributions comes back with an empty array.
export const IDS_FOR_INCIDENT = `SELECT d.version_id, ARRAY(SELECT a.id FROM attributions a WHERE a.version_id = d.version_id ORDER BY a.position) AS ids
  FROM (SELECT DISTINCT version_id FROM drafts WHERE incident_id = $1) d`;

/** A version's drafts are one unit, like its attributions. */
export function createDraftTable(db: PgConnection, idCache?: AttributionIdCache): DraftTable {
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
    listDraftsForIncident(incidentId) {
      const serial = db.transactionSerial();
      // Outside a transaction nothing could be kept for the rebuild: the drafts alone.
      if (!idCache || serial === 0) return db.query<DraftRow>(DRAFTS_FOR_INCIDENT, [incidentId]).map(toDraft);
      const [drafts, ids] = db.batch([
        { sql: DRAFTS_FOR_INCIDENT, params: [incidentId] },
        { sql: IDS_FOR_INCIDENT, params: [incidentId] },
      ]) as [DraftRow[], { version_id: string; ids: string[] }[]];
      const byVersion = new Map<string, readonly string[]>(drafts.map((d) => [d.version_id, []]));
      for (const row of ids) byVersion.set(row.version_id, row.ids);
      idCache.fill(serial, byVersion);
      return drafts.map(toDraft);
    },
    unassignIncident: (incidentId) => void db.query(`UPDATE drafts SET incident_id = NULL WHERE incident_id = $1`, [incidentId]),
  };
}
