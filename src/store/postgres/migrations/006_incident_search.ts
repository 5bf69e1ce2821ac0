import type { Migration } from '../migration.js';

/**
 * The SQLite store's migration 006, for placement: `incident_blocking_keys` lists each incident
 * under its subject's name words, city and scene (see rows/blockingKeys.ts), with its date, so an
 * undated draft reads only the incidents sharing a key. Written by the store with the incident
 * (the keys need Unicode folding); rows of databases migrated from 5 are written on first use,
 * flagged by the `blocking_keys` meta row. Search needs no new table here: the list order index
 * of migration 004 and the GIN indexes already let PostgreSQL walk or look up matches.
 */
export const MIGRATION_006_INCIDENT_SEARCH: Migration = Object.freeze({
  version: 6,
  name: 'incident_search',
  sql: `
CREATE TABLE incident_blocking_keys (
  key         TEXT NOT NULL,
  date        TEXT,
  incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE
);
CREATE INDEX incident_blocking_keys_key ON incident_blocking_keys (key, date);
CREATE INDEX incident_blocking_keys_incident ON incident_blocking_keys (incident_id);
INSERT INTO parallax_meta (key, value) SELECT 'blocking_keys', 'stale' WHERE EXISTS (SELECT 1 FROM incidents);
`,
});
