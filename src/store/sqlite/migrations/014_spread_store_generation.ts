import type { Migration } from '../migration.js';

/**
 * PostgreSQL's migration 014 spreads its generation counter over a few rows, so that workers
 * committing at the same time do not queue behind one locked row. SQLite has one writer at a time
 * (the database lock), so its one-row counter never makes a writer wait on another. The step
 * exists so both stores keep one numbering and changes nothing.
 */
export const MIGRATION_014_SPREAD_STORE_GENERATION: Migration = Object.freeze({
  version: 14,
  name: 'spread_store_generation',
  sql: `SELECT 1;`,
});
