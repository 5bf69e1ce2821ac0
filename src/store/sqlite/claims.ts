import type Database from 'better-sqlite3';
import type { ClaimRecord } from '../../domain/records.js';
import { CLAIM_POSITION, toClaim, toClaimValues, type ClaimRow } from '../rows/claimRows.js';

export interface ClaimTable {
  /** Call inside a transaction that also writes the incident. */
  replaceClaims(incidentId: string, claims: readonly ClaimRecord[]): void;
  listClaims(incidentId: string): ClaimRecord[];
}

const COLUMNS = `id, incident_id, position, version_id, document_id, facet, value, stance, text, start, end,
       speaker_name, speaker, side, attribution_id, stage`;


export function createClaimTable(db: Database.Database): ClaimTable {
  const removeOne = db.prepare(`DELETE FROM claims WHERE id = ?`);
  const move = db.prepare(`UPDATE claims SET position = ? WHERE id = ?`);
  const removeElsewhere = db.prepare(`DELETE FROM claims WHERE id = ? AND incident_id <> ?`);
  const insert = db.prepare(`INSERT INTO claims (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const stored = db.prepare<[string], unknown[]>(`SELECT ${COLUMNS} FROM claims WHERE incident_id = ?`).raw();
  const list = db.prepare<[string], ClaimRow>(`SELECT * FROM claims WHERE incident_id = ? ORDER BY position`);
  return {
    // Rebuilding an incident mostly re-saves the claims it already had: a row equal in every column
    // to the one it would become stays as it is, one that differs only in its position (a new
    // document's claims came before it) has that column updated, which touches no full-text index
    // (migration 008), and only the others are deleted and inserted. Each written claim costs two
    // full-text indexes and a search row, so this is most of a re-save.
    replaceClaims(incidentId, claims) {
      const rows = claims.map((c, position) => toClaimValues(incidentId, c, position));
      const before = new Map(stored.all(incidentId).map((r) => [r[0] as string, r]));
      const kept = new Map<string, number | null>();
      for (const values of rows) {
        const old = before.get(values[0]);
        // A repeated id is inserted again, and fails on the primary key as it always did.
        if (!old || kept.has(values[0]) || !values.every((v, i) => i === CLAIM_POSITION || v === old[i])) continue;
        kept.set(values[0], values[CLAIM_POSITION] === old[CLAIM_POSITION] ? null : values[CLAIM_POSITION]);
      }
      for (const id of before.keys()) if (!kept.has(id)) removeOne.run(id);
      for (const [id, position] of kept) if (position !== null) move.run(position, id);
      const inserted = new Set<string>();
      for (const values of rows) {
        if (kept.has(values[0]) && !inserted.has(values[0])) {
          inserted.add(values[0]);
          continue;
        }
        // A claim stored under another incident (its account moved here) moves with it.
        removeElsewhere.run(values[0], incidentId);
        insert.run(...values);
      }
    },
    listClaims: (incidentId) => list.all(incidentId).map(toClaim),
  };
}
