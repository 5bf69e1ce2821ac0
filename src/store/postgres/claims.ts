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
const UPDATED = COLUMNS.filter((c) => c !== 'id').map((c) => `"${c}"`);
// A claim already stored as it is stays untouched: no new row version, no search vector or index
// entries recomputed. A rebuild mostly adds a document's claims to an incident's unchanged ones,
// so those are not even sent into the upsert (buildInsert's skipStoredBy): about 6 of the 16.6
// claims a bench article's rebuild sends.
const UPSERT = `ON CONFLICT (id) DO UPDATE SET ${UPDATED.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}
  WHERE (${UPDATED.map((c) => `claims.${c}`).join(', ')}) IS DISTINCT FROM (${UPDATED.map((c) => `EXCLUDED.${c}`).join(', ')})`;

export function createClaimTable(db: PgConnection): ClaimTable {
  return {
    replaceClaims(incidentId, claims) {
      const rows = claims.map((c, position) => toClaimValues(incidentId, c, position));
      // The incident's claims that are gone, then the others written where they differ; a claim
      // that was another incident's (a merge, a moved account) changes incident on the way.
      const ids = claims.map((c) => c.id);
      return [{ sql: `DELETE FROM claims WHERE incident_id = $1 AND NOT (id = ANY($2::text[]))`, params: [incidentId, ids] }, ...buildInsert('claims', COLUMNS, rows, UPSERT, 'id')];
    },
    listClaims: (incidentId) =>
      db.query<ClaimRow>(`SELECT ${CLAIM_COLUMNS} FROM claims WHERE incident_id = $1 ORDER BY position`, [incidentId]).map(toClaim),
  };
}
