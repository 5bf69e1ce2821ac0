import type { Migration } from '../migration.js';

/**
 * The SQLite store's migration 009: the blocking-key index also holds the incident id, so
 * placement reads each key's most recent incidents, and its undated ones in id order, straight off
 * the index (at most `CANDIDATES_PER_KEY` each). Byte order ("C") for both, as SQLite compares.
 */
export const MIGRATION_009_CANDIDATES_PER_KEY: Migration = Object.freeze({
  version: 9,
  name: 'candidates_per_key',
  sql: `
DROP INDEX incident_blocking_keys_key;
CREATE INDEX incident_blocking_keys_key ON incident_blocking_keys (key, date COLLATE "C", incident_id COLLATE "C");
`,
});
