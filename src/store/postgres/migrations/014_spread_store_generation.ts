import type { Migration } from '../migration.js';
import { WATCHED_TABLES } from '../../sqlite/migrations/005_store_generation.js';

/** Rows the counter is spread over: more than the writers that commit at the same instant. */
export const GENERATION_SLOTS = 8;

/**
 * Migration 005's counter was one row, which every writing transaction updated at its commit and
 * kept locked through the rest of its commit-time work (the other deferred triggers, the incident
 * search update): a second worker's COMMIT queued behind it. Now the counter is spread over
 * GENERATION_SLOTS rows and the generation is their sum (readModel.ts). A commit adds one to a slot
 * no other transaction holds (SKIP LOCKED, starting from a slot chosen by the backend's pid so a
 * worker tends to keep its own), and waits only when every slot is held. Each commit still adds
 * exactly one, inside the transaction, so a reader that sees a commit's rows sees the sum moved,
 * and a rolled-back transaction moves nothing.
 *
 * The triggers also stop queueing one deferred event per written row: their WHEN condition marks
 * the transaction (a transaction-local setting, undone with the savepoint or transaction that set
 * it) on its first watched write and queues the single event that bumps at commit.
 */
export const MIGRATION_014_SPREAD_STORE_GENERATION: Migration = Object.freeze({
  version: 14,
  name: 'spread_store_generation',
  sql: `
ALTER TABLE store_generation DROP CONSTRAINT store_generation_id_check;
ALTER TABLE store_generation ADD CONSTRAINT store_generation_slot CHECK (id BETWEEN 1 AND ${GENERATION_SLOTS});
INSERT INTO store_generation (id, value) SELECT g, 0 FROM generate_series(2, ${GENERATION_SLOTS}) g;
CREATE FUNCTION parallax_generation_unmarked() RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('parallax.generation_marked', true) = 'on' THEN
    RETURN false;
  END IF;
  PERFORM set_config('parallax.generation_marked', 'on', true);
  RETURN true;
END $$;
CREATE OR REPLACE FUNCTION parallax_bump_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE store_generation SET value = value + 1
  WHERE id = coalesce(
    (SELECT id FROM store_generation ORDER BY (id + pg_backend_pid()) % ${GENERATION_SLOTS} LIMIT 1 FOR UPDATE SKIP LOCKED),
    1 + pg_backend_pid() % ${GENERATION_SLOTS});
  RETURN NULL;
END $$;
${WATCHED_TABLES.map(
  (t) => `DROP TRIGGER ${t}_generation ON ${t};
CREATE CONSTRAINT TRIGGER ${t}_generation AFTER INSERT OR UPDATE OR DELETE ON ${t}
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (parallax_generation_unmarked()) EXECUTE FUNCTION parallax_bump_generation();`,
).join('\n')}
`,
});
