import { ParallaxError } from '../../lib/errors.js';
import { buildInsert } from './buildInsert.js';
import type { AttributionIdCache } from './attributionIdCache.js';
import type { PgConnection } from './openConnection.js';
import { toAttribution, type AttributionRow, type AttributionTable } from '../rows/attributionRows.js';

const COLUMNS = ['id', 'version_id', 'position', 'kind', 'speaker_name', 'speaker', 'source', 'cue', 'content', 'sentence', 'stage'];

/** A version's attributions are one unit: re-analysis replaces them all, keeping their order. */
export function createAttributionTable(db: PgConnection, idCache?: AttributionIdCache): AttributionTable {
  return {
    replaceAttributions(versionId, attributions) {
      const rows = attributions.map((a, position) => {
        if (a.versionId !== versionId) {
          throw new ParallaxError('bad_argument', `An attribution of version ${a.versionId} was given for version ${versionId}.`);
        }
        return [
          a.id,
          versionId,
          position,
          a.kind,
          a.speaker?.name ?? null,
          a.speaker === null ? null : JSON.stringify(a.speaker),
          a.source === null ? null : JSON.stringify(a.source),
          a.cue === null ? null : JSON.stringify(a.cue),
          JSON.stringify(a.content),
          a.sentence,
          a.stage,
        ];
      });
      idCache?.clear();
      db.transaction(() => db.writeLater([{ sql: `DELETE FROM attributions WHERE version_id = $1`, params: [versionId] }, ...buildInsert('attributions', COLUMNS, rows)]));
    },
    listAttributions: (versionId) =>
      db.query<AttributionRow>(`SELECT * FROM attributions WHERE version_id = $1 ORDER BY position`, [versionId]).map(toAttribution),
    // What an incident's rebuild needs of its other documents' attributions: no JSON parsed, a
    // fraction of the bytes across the bridge.
    listAttributionIds: (versionId) =>
      idCache?.get(versionId, db.transactionSerial())?.slice() ??
      db.query<{ id: string }>(`SELECT id FROM attributions WHERE version_id = $1 ORDER BY position`, [versionId]).map((row) => row.id),
  };
}
