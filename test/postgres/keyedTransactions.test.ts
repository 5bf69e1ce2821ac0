import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { makeIncident } from '../../src/store/storeFixtures.js';
import { WRITER_LOCK_KEY } from '../../src/store/postgres/openConnection.js';
import { openPostgresStore } from '../../src/store/postgres/openPostgresStore.js';
import { KEY_LOCK_SPACE, toKeyLockId, toKeyLockStatement } from '../../src/store/postgres/lockKeys.js';
import { useEmbeddedPostgres } from './useEmbeddedPostgres.js';

const server = useEmbeddedPostgres();

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

/** Whether `client` can take these key locks within 200 ms, in a transaction it then ends. */
async function canLock(client: pg.Client, keys: readonly string[]): Promise<boolean> {
  await client.query(`BEGIN; SET LOCAL lock_timeout = '200ms'`);
  try {
    await client.query(toKeyLockStatement(keys) ?? 'SELECT 1');
    return true;
  } catch (err) {
    if ((err as { code?: string }).code === '55P03') return false;
    throw err;
  } finally {
    await client.query('ROLLBACK');
  }
}

describe('keyed transactions on PostgreSQL', () => {
  it('gives every key the same lock id in every process, and one statement per call in ascending order', () => {
    expect(toKeyLockId('incident:inc_1')).toBe(toKeyLockId('incident:inc_1'));
    expect(toKeyLockId('incident:inc_1')).not.toBe(toKeyLockId('incident:inc_2'));
    expect(toKeyLockStatement([])).toBeNull();
    const ids = ['b', 'a', 'c', 'a'].map(toKeyLockId);
    const listed = /'\{([^}]*)\}'/.exec(toKeyLockStatement(['b', 'a', 'c', 'a']) ?? '')?.[1].split(',').map(Number);
    expect(listed).toEqual([...new Set(ids)].sort((x, y) => x - y));
  });

  it('makes a second transaction wait for a key another holds, and only for that key', async () => {
    const url = await server().createDatabase();
    const holder = await connect(url);
    const other = await connect(url);
    try {
      await holder.query(`BEGIN; SELECT pg_advisory_xact_lock_shared(${WRITER_LOCK_KEY})`);
      await holder.query(toKeyLockStatement(['incident:inc_a', 'blocking:c:springfield']) ?? '');
      expect(await canLock(other, ['blocking:c:springfield'])).toBe(false);
      expect(await canLock(other, ['incident:inc_b', 'blocking:c:dayton'])).toBe(true);
      await holder.query('COMMIT');
      expect(await canLock(other, ['blocking:c:springfield'])).toBe(true);
    } finally {
      await holder.end();
      await other.end();
    }
  });

  it('runs a keyed store transaction beside another keyed writer, and an exclusive one not', async () => {
    const url = await server().createDatabase();
    const store = openPostgresStore(url);
    const holder = await connect(url);
    try {
      // Another worker is mid-way through a keyed transaction on other keys.
      await holder.query(`BEGIN; SELECT pg_advisory_xact_lock_shared(${WRITER_LOCK_KEY}); ${toKeyLockStatement(['incident:inc_elsewhere'])}`);
      expect(store.transaction(() => store.tryLockKeys(['incident:inc_elsewhere', 'incident:inc_here']), 'keyed')).toBe(false);
      store.transaction(() => {
        expect(store.tryLockKeys(['blocking:c:dayton'])).toBe(true);
        store.lockKeys(['incident:inc_here']);
        store.saveIncident(makeIncident('inc_here'), []);
      }, 'keyed');
      expect(store.getIncident('inc_here')).not.toBeNull();
      // The exclusive writer lock is what an exclusive transaction would wait for: it is not free.
      const probe = await connect(url);
      try {
        const { rows } = await probe.query<{ ok: boolean }>(`SELECT pg_try_advisory_lock(${WRITER_LOCK_KEY}) AS ok`);
        expect(rows[0].ok).toBe(false);
      } finally {
        await probe.end();
      }
      await holder.query('COMMIT');
      expect((await holder.query(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND classid = ${KEY_LOCK_SPACE}`)).rows[0].n).toBe(0);
    } finally {
      store.close();
      await holder.end();
    }
  });
});
