import type { Migration } from '../migration.js';

/**
 * PostgreSQL's migration 015 drops the indexes its queries never read, which the SQLite store
 * dropped in its migration 011. The step exists so both stores keep one numbering and changes nothing.
 */
export const MIGRATION_015_POSTGRES_UNREAD_INDEXES: Migration = Object.freeze({
  version: 15,
  name: 'postgres_unread_indexes',
  sql: `SELECT 1;`,
});
