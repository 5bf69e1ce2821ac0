import type { Migration } from '../migration.js';
import { WATCHED_TABLES } from '../../sqlite/migrations/005_store_generation.js';

/**
 * The SQLite store's migration 005: a one-row counter that moves whenever anything a reader sees
 * is written, by any process. Here the triggers are deferred constraint triggers guarded so the
 * counter moves once per transaction, at commit: the counter row is locked only for the instant
 * of the commit, so concurrent workers do not queue behind each other for their whole transaction
 * (a plain statement-level trigger would hold that lock from the first write to the commit).
 */
export const MIGRATION_005_STORE_GENERATION: Migration = Object.freeze({
  version: 5,
  name: 'store_generation',
  sql: `
CREATE TABLE store_generation (
  id     INTEGER PRIMARY KEY CHECK (id = 1),
  value  BIGINT NOT NULL
);
INSERT INTO store_generation (id, value) VALUES (1, 0);
CREATE FUNCTION parallax_bump_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('parallax.generation_bumped', true) IS DISTINCT FROM txid_current()::text THEN
    UPDATE store_generation SET value = value + 1 WHERE id = 1;
    PERFORM set_config('parallax.generation_bumped', txid_current()::text, true);
  END IF;
  RETURN NULL;
END $$;
${WATCHED_TABLES.map(
  (t) => `CREATE CONSTRAINT TRIGGER ${t}_generation AFTER INSERT OR UPDATE OR DELETE ON ${t}
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION parallax_bump_generation();`,
).join('\n')}
`,
});
