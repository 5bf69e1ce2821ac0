import type { Migration } from '../migration.js';

/**
 * PostgreSQL's migration 013 has its incident search functions look an incident's versions up by
 * key instead of joining them, which its planner hashed whole in a store whose statistics lag.
 * SQLite's incident search is kept by per-row triggers (migration 006), and SQLite looks a joined
 * primary key up by key. The step exists so both stores keep one numbering and changes nothing.
 */
export const MIGRATION_013_KEYED_SEARCH_READS: Migration = Object.freeze({
  version: 13,
  name: 'keyed_search_reads',
  sql: `SELECT 1;`,
});
