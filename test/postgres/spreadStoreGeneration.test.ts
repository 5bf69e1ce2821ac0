import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { GENERATION_SLOTS } from '../../src/store/postgres/migrations/014_spread_store_generation.js';
import { openPostgresStore } from '../../src/store/postgres/openPostgresStore.js';
import { createSearchCache } from '../../src/services/queries/createSearchCache.js';
import { makeIncident } from '../../src/store/storeFixtures.js';
import { useEmbeddedPostgres } from './useEmbeddedPostgres.js';

const server = useEmbeddedPostgres();

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

/** A write to a table readers see (migration 005's watched tables), in the client's open transaction. */
const write = (client: pg.Client, incidentId: string) =>
  client.query(`INSERT INTO visibility_rules (incident_id, field, visibility, actor, at) VALUES ($1, '', 'private', 'local', '2025-03-07T10:00:00.000Z')`, [incidentId]);

/** Runs the transaction's deferred triggers now, so it holds its counter slot until it ends (as a commit in progress does). */
const bumpNow = (client: pg.Client) => client.query('SET CONSTRAINTS ALL IMMEDIATE');

describe('the store generation spread over slots (migration 014)', () => {
  it('lets a second writer commit while the first holds its slot, and a reader sees the generation advance after each commit', async () => {
    const url = await server().createDatabase();
    const reader = openPostgresStore(url);
    const first = await connect(url);
    const second = await connect(url);
    try {
      const start = reader.readGeneration();
      await first.query('BEGIN');
      await write(first, 'inc_first');
      await write(first, 'inc_first_again');
      await bumpNow(first);
      expect(reader.readGeneration(), 'nothing committed yet').toBe(start);

      // With one counter row this commit would wait for the first writer's transaction to end.
      await second.query(`BEGIN; SET LOCAL lock_timeout = '2s'`);
      await write(second, 'inc_second');
      await second.query('COMMIT');
      expect(reader.readGeneration(), 'after the second commit').toBe(start + 1);

      await first.query('COMMIT');
      expect(reader.readGeneration(), 'after the first commit: one step for its two rows').toBe(start + 2);
      const { rows } = await second.query<{ n: number }>(`SELECT count(*)::int AS n FROM store_generation WHERE value > 0`);
      expect(rows[0].n, 'the two commits bumped different slots').toBe(2);
    } finally {
      await first.end();
      await second.end();
      reader.close();
    }
  });

  it('moves for a write made after a rolled-back savepoint, and not for a rolled-back transaction', async () => {
    const url = await server().createDatabase();
    const reader = openPostgresStore(url);
    const writer = await connect(url);
    try {
      const start = reader.readGeneration();
      await writer.query('BEGIN');
      await write(writer, 'inc_undone');
      await writer.query('ROLLBACK');
      expect(reader.readGeneration()).toBe(start);

      // The savepoint's write had marked the transaction; the mark goes with the savepoint.
      await writer.query('BEGIN; SAVEPOINT s');
      await write(writer, 'inc_undone');
      await writer.query('ROLLBACK TO SAVEPOINT s');
      await write(writer, 'inc_kept');
      await writer.query('COMMIT');
      expect(reader.readGeneration()).toBe(start + 1);

      // The mark lasts one transaction: the next one moves the generation again.
      await writer.query('BEGIN');
      await writer.query(`DELETE FROM visibility_rules WHERE incident_id = 'inc_kept'`);
      await writer.query('COMMIT');
      expect(reader.readGeneration()).toBe(start + 2);
    } finally {
      await writer.end();
      reader.close();
    }
  });

  it('makes a writer wait for a slot only when every slot is held', async () => {
    const url = await server().createDatabase();
    const reader = openPostgresStore(url);
    const holders = await Promise.all(Array.from({ length: GENERATION_SLOTS }, () => connect(url)));
    const late = await connect(url);
    try {
      const start = reader.readGeneration();
      for (const [i, h] of holders.entries()) {
        await h.query('BEGIN');
        await write(h, `inc_holder_${i}`);
        await bumpNow(h);
      }
      await late.query(`BEGIN; SET LOCAL lock_timeout = '300ms'`);
      await write(late, 'inc_late');
      await expect(late.query('COMMIT')).rejects.toThrow(/lock timeout/);
      for (const h of holders) await h.query('COMMIT');
      expect(reader.readGeneration()).toBe(start + GENERATION_SLOTS);
      await late.query('BEGIN');
      await write(late, 'inc_late');
      await late.query('COMMIT');
      expect(reader.readGeneration()).toBe(start + GENERATION_SLOTS + 1);
    } finally {
      await Promise.all([...holders, late].map((c) => c.end()));
      reader.close();
    }
  });

  it('keeps the incidents page of another process fresh after every commit', async () => {
    const url = await server().createDatabase();
    const api = openPostgresStore(url);
    const worker = openPostgresStore(url);
    try {
      const search = createSearchCache(api);
      const viewer = { name: 'local', canEdit: true, canSeePrivate: true };
      const ids = () => search({ offset: 0, limit: 50 }, viewer).items.map((i) => i.id);
      expect(ids()).toEqual([]);
      worker.saveIncident(makeIncident('inc_a'), []);
      expect(ids()).toEqual(['inc_a']);
      worker.saveIncident(makeIncident('inc_b'), []);
      expect([...ids()].sort()).toEqual(['inc_a', 'inc_b']);
      worker.deleteIncident('inc_a');
      expect(ids()).toEqual(['inc_b']);
    } finally {
      worker.close();
      api.close();
    }
  });
});
