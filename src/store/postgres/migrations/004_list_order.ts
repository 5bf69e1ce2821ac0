import type { Migration } from '../migration.js';

/** The incident list's order as an index (the SQLite store's migration 004). */
export const MIGRATION_004_LIST_ORDER: Migration = Object.freeze({
  version: 4,
  name: 'list_order',
  sql: `CREATE INDEX incidents_list_order ON incidents ((date IS NULL), date DESC, id);`,
});
