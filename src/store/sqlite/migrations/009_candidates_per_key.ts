import type { Migration } from '../migration.js';

/**
 * Placement reads at most `CANDIDATES_PER_KEY` incidents per blocking key, the most recent first
 * (rows/blockingKeys.ts): with the incident id in the key index, each key's newest incidents, and
 * its undated ones in id order, are read straight off the index, so an undated draft naming a
 * common surname no longer reads every incident stored under it (issue 6: quadratic growth).
 */
export const MIGRATION_009_CANDIDATES_PER_KEY: Migration = Object.freeze({
  version: 9,
  name: 'candidates_per_key',
  sql: `
DROP INDEX incident_blocking_keys_key;
CREATE INDEX incident_blocking_keys_key ON incident_blocking_keys(key, date, incident_id);
`,
});
