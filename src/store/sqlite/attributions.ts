import type Database from 'better-sqlite3';
import { ParallaxError } from '../../lib/errors.js';
import type { AttributionRecord } from '../../domain/records.js';
import { toAttribution, type AttributionRow, type AttributionTable } from '../rows/attributionRows.js';
import { createBatchInsert } from './createBatchInsert.js';

/** A version's attributions are one unit: re-analysis replaces them all, keeping their order. */
export function createAttributionTable(db: Database.Database): AttributionTable {
  const remove = db.prepare(`DELETE FROM attributions WHERE version_id = ?`);
  const insert = createBatchInsert(db, 'attributions', ['id', 'version_id', 'position', 'kind', 'speaker_name', 'speaker', 'source', 'cue', 'content', 'sentence', 'stage']);
  const list = db.prepare<[string], AttributionRow>(`SELECT * FROM attributions WHERE version_id = ? ORDER BY position`);
  const listIds = db.prepare<[string], string>(`SELECT id FROM attributions WHERE version_id = ? ORDER BY position`).pluck();
  const replace = db.transaction((versionId: string, attributions: readonly AttributionRecord[]) => {
    for (const a of attributions) {
      if (a.versionId !== versionId) {
        throw new ParallaxError('bad_argument', `An attribution of version ${a.versionId} was given for version ${versionId}.`);
      }
    }
    remove.run(versionId);
    insert(
      attributions.map((a, position) => [
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
      ]),
    );
  });
  return {
    replaceAttributions: (versionId, attributions) => replace(versionId, attributions),
    listAttributions: (versionId) => list.all(versionId).map(toAttribution),
    listAttributionIds: (versionId) => listIds.all(versionId),
  };
}
