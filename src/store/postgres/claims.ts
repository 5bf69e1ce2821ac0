import type { ClaimRecord } from '../../domain/records.js';
import { buildInsert } from './buildInsert.js';
import type { PgConnection } from './openConnection.js';
import type { Statement } from './workerProtocol.js';
import { toClaim, toClaimValues, type ClaimRow } from '../rows/claimRows.js';

/** Every column but the search vector, which PostgreSQL computes. */
export const CLAIM_COLUMNS = `id, incident_id, position, version_id, document_id, facet, value, stance, text, start, "end",
  speaker_name, speaker, side, attribution_id, stage`;

export interface ClaimTable {
  /** The statements that replace an incident's claims; run them in the transaction that writes the incident. */
  replaceClaims(incidentId: string, claims: readonly ClaimRecord[]): Statement[];
  listClaims(incidentId: string): ClaimRecord[];
}

const COLUMNS = CLAIM_COLUMNS.split(',').map((c) => c.trim().replaceAll('"', ''));

export function createClaimTable(db: PgConnection): ClaimTable {
  return {
    replaceClaims(incidentId, claims) {
      const rows = claims.map((c, position) => toClaimValues(incidentId, c, position));
      return [{ sql: `DELETE FROM claims WHERE incident_id = $1`, params: [incidentId] }, ...buildInsert('claims', COLUMNS, rows)];
    },
    listClaims: (incidentId) =>
      db.query<ClaimRow>(`SELECT ${CLAIM_COLUMNS} FROM claims WHERE incident_id = $1 ORDER BY position`, [incidentId]).map(toClaim),
  };
}
