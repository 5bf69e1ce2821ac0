import type { ClaimRecord } from '../../domain/records.js';

/** Claim rows as both stores keep them, and how they become records. */
export interface ClaimRow {
  id: string;
  incident_id: string;
  version_id: string;
  document_id: string;
  facet: string;
  value: string;
  stance: string;
  text: string;
  start: number;
  end: number;
  speaker: string | null;
  side: string;
  attribution_id: string | null;
  stage: string;
}

export function toClaim(row: ClaimRow): ClaimRecord {
  return Object.freeze({
    id: row.id,
    incidentId: row.incident_id,
    versionId: row.version_id,
    documentId: row.document_id,
    facet: row.facet,
    value: row.value,
    stance: row.stance,
    text: row.text,
    start: row.start,
    end: row.end,
    speaker: row.speaker === null ? null : JSON.parse(row.speaker),
    side: row.side as ClaimRecord['side'],
    attributionId: row.attribution_id,
    stage: row.stage,
  });
}
