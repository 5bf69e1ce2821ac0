import type Database from 'better-sqlite3';
import { ParallaxError } from '../../lib/errors.js';
import type { AttributionRecord } from '../../domain/records.js';

interface AttributionRow {
  id: string;
  version_id: string;
  kind: string;
  speaker: string | null;
  source: string | null;
  cue: string | null;
  content: string;
  sentence: number;
  stage: string;
}

function toAttribution(row: AttributionRow): AttributionRecord {
  return Object.freeze({
    id: row.id,
    versionId: row.version_id,
    kind: row.kind as AttributionRecord['kind'],
    source: row.source === null ? null : JSON.parse(row.source),
    cue: row.cue === null ? null : JSON.parse(row.cue),
    content: JSON.parse(row.content),
    speaker: row.speaker === null ? null : JSON.parse(row.speaker),
    sentence: row.sentence,
    stage: row.stage,
  });
}

export interface AttributionTable {
  replaceAttributions(versionId: string, attributions: readonly AttributionRecord[]): void;
  listAttributions(versionId: string): AttributionRecord[];
}

/** A version's attributions are one unit: re-analysis replaces them all, keeping their order. */
export function createAttributionTable(db: Database.Database): AttributionTable {
  const remove = db.prepare(`DELETE FROM attributions WHERE version_id = ?`);
  const insert = db.prepare(
    `INSERT INTO attributions (id, version_id, position, kind, speaker_name, speaker, source, cue, content, sentence, stage)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const list = db.prepare<[string], AttributionRow>(`SELECT * FROM attributions WHERE version_id = ? ORDER BY position`);
  const replace = db.transaction((versionId: string, attributions: readonly AttributionRecord[]) => {
    remove.run(versionId);
    attributions.forEach((a, position) => {
      if (a.versionId !== versionId) {
        throw new ParallaxError('bad_argument', `An attribution of version ${a.versionId} was given for version ${versionId}.`);
      }
      insert.run(
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
      );
    });
  });
  return {
    replaceAttributions: (versionId, attributions) => replace(versionId, attributions),
    listAttributions: (versionId) => list.all(versionId).map(toAttribution),
  };
}
