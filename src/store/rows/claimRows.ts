import type { ClaimRecord } from '../../domain/records.js';
import { ParallaxError } from '../../lib/errors.js';

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

/**
 * A claim's column values in the order both stores list them: id, incident_id, position,
 * version_id, document_id, facet, value, stance, text, start, end, speaker_name, speaker, side,
 * attribution_id, stage. A claim of another incident is refused.
 */
export type ClaimValues = [string, string, number, string, string, string, string, string, string, number, number, string | null, string | null, string, string | null, string];

/** Where `position` sits in ClaimValues. */
export const CLAIM_POSITION = 2;

export function toClaimValues(incidentId: string, c: ClaimRecord, position: number): ClaimValues {
  if (c.incidentId !== incidentId) {
    throw new ParallaxError('bad_argument', `Claim ${c.id} belongs to incident ${c.incidentId}, not ${incidentId}.`);
  }
  return [
    c.id,
    incidentId,
    position,
    c.versionId,
    c.documentId,
    c.facet,
    c.value,
    c.stance,
    c.text,
    c.start,
    c.end,
    c.speaker?.name ?? null,
    c.speaker === null ? null : JSON.stringify(c.speaker),
    c.side,
    c.attributionId,
    c.stage,
  ];
}
