import type { Migration } from '../migration.js';

/**
 * PostgreSQL's migration 012 makes its incident search vectors grow by appending the rows a
 * transaction added instead of rebuilding them at commit. SQLite's incident search is a full-text
 * table with a row per claim and version, kept by per-row triggers (migration 006): it already
 * appends. The step exists so both stores keep one numbering and changes nothing.
 */
export const MIGRATION_012_APPEND_INCIDENT_SEARCH: Migration = Object.freeze({
  version: 12,
  name: 'append_incident_search',
  sql: `SELECT 1;`,
});
