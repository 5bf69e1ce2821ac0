import type { Migration } from '../migration.js';

/**
 * PostgreSQL's migration 007 gives its search an incident-level index walked in list order, which
 * SQLite has had since migration 006 (`incident_search`); the step exists here so both stores
 * keep one numbering (src/store/postgres/migrations.test.ts) and changes nothing.
 */
export const MIGRATION_007_SEARCH_BY_INCIDENT: Migration = Object.freeze({
  version: 7,
  name: 'search_by_incident',
  sql: `SELECT 1;`,
});
