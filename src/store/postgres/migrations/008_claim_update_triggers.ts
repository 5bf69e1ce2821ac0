import type { Migration } from '../migration.js';

/**
 * SQLite's migration 008 narrows its per-row full-text triggers on claims to the indexed columns.
 * PostgreSQL replaces an incident's claims with statement-level triggers and a deferred rebuild
 * (migration 007), so there is nothing to narrow; the step keeps both stores on one numbering
 * (src/store/postgres/migrations.test.ts) and changes nothing.
 */
export const MIGRATION_008_CLAIM_UPDATE_TRIGGERS: Migration = Object.freeze({
  version: 8,
  name: 'claim_update_triggers',
  sql: `SELECT 1;`,
});
