import type { AttributionRecord } from '../../domain/records.js';

/** Attribution rows as both stores keep them, and how they become records. */
export interface AttributionRow {
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

export function toAttribution(row: AttributionRow): AttributionRecord {
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
  listAttributionIds?(versionId: string): string[];
}
