import type Database from 'better-sqlite3';
import { ParallaxError } from '../../lib/errors.js';
import type { ClaimRecord } from '../../domain/records.js';
import { toClaim, type ClaimRow } from '../rows/claimRows.js';

export interface ClaimTable {
  /** Call inside a transaction that also writes the incident. */
  replaceClaims(incidentId: string, claims: readonly ClaimRecord[]): void;
  listClaims(incidentId: string): ClaimRecord[];
}

export function createClaimTable(db: Database.Database): ClaimTable {
  const remove = db.prepare(`DELETE FROM claims WHERE incident_id = ?`);
  const insert = db.prepare(
    `INSERT INTO claims (id, incident_id, position, version_id, document_id, facet, value, stance, text, start, end,
       speaker_name, speaker, side, attribution_id, stage)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const list = db.prepare<[string], ClaimRow>(`SELECT * FROM claims WHERE incident_id = ? ORDER BY position`);
  return {
    replaceClaims(incidentId, claims) {
      remove.run(incidentId);
      claims.forEach((c, position) => {
        if (c.incidentId !== incidentId) {
          throw new ParallaxError('bad_argument', `Claim ${c.id} belongs to incident ${c.incidentId}, not ${incidentId}.`);
        }
        insert.run(
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
        );
      });
    },
    listClaims: (incidentId) => list.all(incidentId).map(toClaim),
  };
}
