import type { Migration } from '../migration.js';

/**
 * A rebuilt incident often keeps a claim whose only change is its position (a new document's
 * claims come before it): the store then updates that one column instead of deleting and inserting
 * the row (issue 6). The full-text triggers on claims fired on any update; they now fire only when
 * a column they index changes, so moving a claim no longer re-indexes its words twice. The
 * store_generation trigger (migration 005) still fires on every update.
 */
export const MIGRATION_008_CLAIM_UPDATE_TRIGGERS: Migration = Object.freeze({
  version: 8,
  name: 'claim_update_triggers',
  sql: `
DROP TRIGGER claims_fts_update;
CREATE TRIGGER claims_fts_update AFTER UPDATE OF text, value, speaker_name ON claims BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, text, value, speaker_name) VALUES ('delete', old.rowid, old.text, old.value, old.speaker_name);
  INSERT INTO claims_fts(rowid, text, value, speaker_name) VALUES (new.rowid, new.text, new.value, new.speaker_name);
END;
DROP TRIGGER incident_search_claim_update;
CREATE TRIGGER incident_search_claim_update AFTER UPDATE OF incident_id, text, value, speaker_name ON claims BEGIN
  DELETE FROM incident_search_rows WHERE kind = 0 AND source = old.rowid;
  INSERT INTO incident_search_rows (rowid, incident_id, kind, source)
    SELECT ((CASE WHEN i.date IS NULL THEN 8388607 ELSE max(0, min(8388606, 8388606 - ((CAST(substr(i.date, 1, 4) AS INTEGER) - 1800) * 512
      + CAST(substr(i.date, 6, 2) AS INTEGER) * 32 + CAST(substr(i.date, 9, 2) AS INTEGER)))) END) << 40) | c.rowid, c.incident_id, 0, c.rowid
    FROM claims c JOIN incidents i ON i.id = c.incident_id WHERE c.rowid = new.rowid;
  INSERT INTO incident_search (rowid, a, b, c)
    SELECT r.rowid, c.text, c.value, c.speaker_name FROM claims c CROSS JOIN incident_search_rows r ON r.kind = 0 AND r.source = c.rowid WHERE c.rowid = new.rowid;
END;
`,
});
