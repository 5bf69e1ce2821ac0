import type Database from 'better-sqlite3';
import type { ClaimRecord } from '../../domain/records.js';
import { createBatchInsert } from './createBatchInsert.js';
import { CLAIM_POSITION, toClaim, toClaimValues, type ClaimRow } from '../rows/claimRows.js';

export interface ClaimTable {
  /** Call inside a transaction that also writes the incident. */
  replaceClaims(incidentId: string, claims: readonly ClaimRecord[]): void;
  listClaims(incidentId: string): ClaimRecord[];
}

const COLUMNS = `id, incident_id, position, version_id, document_id, facet, value, stance, text, start, end,
       speaker_name, speaker, side, attribution_id, stage`;


export function createClaimTable(db: Database.Database): ClaimTable {
  const removeMany = db.prepare(`DELETE FROM claims WHERE id IN (SELECT value FROM json_each(?))`);
  const moveMany = db.prepare(`UPDATE claims SET position = j.value ->> 1 FROM json_each(?) j WHERE claims.id = j.value ->> 0`);
  const storedElsewhere = db.prepare<[string, string], unknown>(`SELECT 1 FROM claims WHERE id IN (SELECT value FROM json_each(?)) AND incident_id <> ? LIMIT 1`);
  const removeElsewhere = db.prepare(`DELETE FROM claims WHERE id = ? AND incident_id <> ?`);
  const insert = db.prepare(`INSERT INTO claims (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertMany = createBatchInsert(db, 'claims', COLUMNS.split(',').map((c) => c.trim()));
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
      // Each kind of write is one statement (createBatchInsert says why), in the order they were
      // always made: the gone claims deleted, the moved ones renumbered, the new ones inserted.
      const gone = [...before.keys()].filter((id) => !kept.has(id));
      if (gone.length > 0) removeMany.run(JSON.stringify(gone));
      const moved = [...kept].filter(([, position]) => position !== null);
      if (moved.length > 0) moveMany.run(JSON.stringify(moved));
      const inserted = new Set<string>();
      const fresh = rows.filter((values) => {
        if (!kept.has(values[0]) || inserted.has(values[0])) return true;
        inserted.add(values[0]);
        return false;
      });
      if (fresh.length === 0) return;
      if (!storedElsewhere.get(JSON.stringify(fresh.map((values) => values[0])), incidentId)) {
        insertMany(fresh);
        return;
      }
      // A claim stored under another incident (its account moved here) moves with it: rare, so done
      // a row at a time, each removed just before it is inserted again, as it always was.
      for (const values of fresh) {
        removeElsewhere.run(values[0], incidentId);
        insert.run(...values);
      }
    },
    listClaims: (incidentId) => list.all(incidentId).map(toClaim),
  };
}
