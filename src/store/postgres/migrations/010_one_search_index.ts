import type { Migration } from '../migration.js';

/**
 * The SQLite store's migration 010 drops its two older full-text indexes, which duplicated its
 * incident search. Here the rows' tsvectors are what the incident search is built from and checked
 * against (migration 007), so they stay; the step exists so both stores keep one numbering and
 * changes nothing.
 */
export const MIGRATION_010_ONE_SEARCH_INDEX: Migration = Object.freeze({
  version: 10,
  name: 'one_search_index',
  sql: `SELECT 1;`,
});
