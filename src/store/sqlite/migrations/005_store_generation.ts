import type { Migration } from '../migration.js';

/** Every table a reader's page is built from: the incidents list, an incident, a document, a speaker. */
export const WATCHED_TABLES = Object.freeze([
  'document_versions',
  'attributions',
  'drafts',
  'incidents',
  'claims',
  'audit_log',
  'review_decisions',
  'visibility_rules',
]);

const bump = (table: string, event: 'INSERT' | 'UPDATE' | 'DELETE'): string =>
  `CREATE TRIGGER ${table}_generation_${event.toLowerCase()} AFTER ${event} ON ${table} BEGIN
  UPDATE store_generation SET value = value + 1 WHERE id = 1;
END;`;

/**
 * A one-row counter that moves whenever anything a reader sees is written, by this process or any
 * other (a worker, the CLI): triggers bump it inside the writing transaction, so the counter and
 * the data it stands for commit together. Readers compare it to decide whether their in-memory
 * copy is still good. SQLite triggers are per row; one counter update per row is cheap next to
 * the row itself and its full-text index.
 */
export const MIGRATION_005_STORE_GENERATION: Migration = Object.freeze({
  version: 5,
  name: 'store_generation',
  sql: `
CREATE TABLE store_generation (
  id     INTEGER PRIMARY KEY CHECK (id = 1),
  value  INTEGER NOT NULL
) STRICT;
INSERT INTO store_generation (id, value) VALUES (1, 0);
${WATCHED_TABLES.flatMap((t) => (['INSERT', 'UPDATE', 'DELETE'] as const).map((e) => bump(t, e))).join('\n')}
`,
});
