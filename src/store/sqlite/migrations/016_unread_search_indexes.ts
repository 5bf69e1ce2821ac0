import type { Migration } from '../migration.js';

/**
 * PostgreSQL's migration 016 drops the GIN indexes of the claims' and versions' word vectors, which
 * its searches no longer read; SQLite's full-text tables are what its searches read. The step
 * exists so both stores keep one numbering and changes nothing.
 */
export const MIGRATION_016_UNREAD_SEARCH_INDEXES: Migration = Object.freeze({
  version: 16,
  name: 'unread_search_indexes',
  sql: `SELECT 1;`,
});
