import type { Migration } from '../migration.js';

/**
 * The SQLite store's migration 011 drops indexes none of its queries read. The PostgreSQL store's
 * own queries and planner are another matter, left to be measured there; the step exists so both
 * stores keep one numbering and changes nothing.
 */
export const MIGRATION_011_UNREAD_INDEXES: Migration = Object.freeze({
  version: 11,
  name: 'unread_indexes',
  sql: `SELECT 1;`,
});
