import { ParallaxError } from '../../lib/errors.js';
import type { ClaimRecord } from '../../domain/records.js';
import { buildInsert } from './buildInsert.js';
import type { PgConnection } from './openConnection.js';
import type { Statement } from './workerProtocol.js';

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

/** Every column but the search vector, which PostgreSQL computes. */
export const CLAIM_COLUMNS = `id, incident_id, position, version_id, document_id, facet, value, stance, text, start, "end",
  speaker_name, speaker, side, attribution_id, stage`;

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

export interface ClaimTable {
  /** The statements that replace an incident's claims; run them in the transaction that writes the incident. */
  replaceClaims(incidentId: string, claims: readonly ClaimRecord[]): Statement[];
  listClaims(incidentId: string): ClaimRecord[];
}

const COLUMNS = CLAIM_COLUMNS.split(',').map((c) => c.trim().replaceAll('"', ''));

export function createClaimTable(db: PgConnection): ClaimTable {
  return {
    replaceClaims(incidentId, claims) {
      const rows = claims.map((c, position) => {
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
      });
      return [{ sql: `DELETE FROM claims WHERE incident_id = $1`, params: [incidentId] }, ...buildInsert('claims', COLUMNS, rows)];
    },
    listClaims: (incidentId) =>
      db.query<ClaimRow>(`SELECT ${CLAIM_COLUMNS} FROM claims WHERE incident_id = $1 ORDER BY position`, [incidentId]).map(toClaim),
  };
}
