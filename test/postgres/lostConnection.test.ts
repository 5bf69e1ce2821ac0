import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ParallaxError } from '../../src/lib/errors.js';
import { RECONNECTED_WARNING } from '../../src/store/postgres/openConnection.js';
import { openPostgresStore } from '../../src/store/postgres/openPostgresStore.js';
import { useEmbeddedPostgres } from './useEmbeddedPostgres.js';

const TERMINATE_STORE_CONNECTIONS = fileURLToPath(new URL('./terminateStoreConnections.mjs', import.meta.url));

const server = useEmbeddedPostgres();

/** Ends the store's connection from the server, as a restart or failover would, and says how many it ended. */
function endStoreConnections(url: string, flag?: '--refuse-new' | '--allow'): number {
  return Number(execFileSync(process.execPath, [TERMINATE_STORE_CONNECTIONS, url, ...(flag ? [flag] : [])], { encoding: 'utf8' }));
}

async function storeBackends(url: string): Promise<number[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'parallax'`);
    return rows.map((r) => r.pid);
  } finally {
    await client.end();
  }
}

const failure = (path: string) => ({ path, code: 'bad_input', message: 'test', at: '2026-01-01T00:00:00.000Z' });

const warnings: Error[] = [];
const onWarning = (w: Error): void => void warnings.push(w);
beforeAll(() => void process.on('warning', onWarning));
afterAll(() => void process.off('warning', onWarning));

describe('a PostgreSQL store whose connection the server ends', () => {
  it('opens a new connection for its next statement, so a long-running server or worker carries on', async () => {
    const url = await server().createDatabase();
    const store = openPostgresStore(url);
    try {
      store.recordFailure(failure('a.txt'));
      const [before] = await storeBackends(url);
      expect(endStoreConnections(url)).toBe(1);
      // Nothing of these had left when the connection was found gone: each runs on a new one.
      expect(store.listFailures().map((f) => f.path)).toEqual(['a.txt']);
      store.recordFailure(failure('b.txt'));
      expect(store.listFailures().map((f) => f.path)).toEqual(['a.txt', 'b.txt']);
      const after = await storeBackends(url);
      expect(after).toHaveLength(1);
      expect(after[0]).not.toBe(before);
      // Said once, in the process's warnings, with the password hidden.
      await new Promise((resolve) => setImmediate(resolve));
      const said = warnings.filter((w) => (w as Error & { code?: string }).code === RECONNECTED_WARNING);
      expect(said).toHaveLength(1);
      expect(said[0].message).toContain('was lost; continuing on a new one');
      expect(said[0].message).not.toContain(new URL(url).password);
    } finally {
      store.close();
    }
  }, 120_000);

  it('fails the transaction it was in, keeping nothing of it, and runs the next one on a new connection', async () => {
    const url = await server().createDatabase();
    const store = openPostgresStore(url);
    try {
      let err: unknown = null;
      try {
        store.transaction(() => {
          store.recordFailure(failure('inside.txt'));
          endStoreConnections(url);
          store.recordFailure(failure('after the loss.txt'));
        });
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(ParallaxError);
      expect((err as ParallaxError).code).toBe('database_error');
      expect(store.listFailures()).toEqual([]);
      store.transaction(() => store.recordFailure(failure('next.txt')));
      expect(store.listFailures().map((f) => f.path)).toEqual(['next.txt']);
    } finally {
      store.close();
    }
  }, 120_000);

  it('says it cannot connect while the server refuses it, and carries on once the server takes it again', async () => {
    const url = await server().createDatabase();
    const store = openPostgresStore(url);
    try {
      expect(endStoreConnections(url, '--refuse-new')).toBe(1);
      expect(() => store.listFailures()).toThrow(/Cannot connect/);
      expect(() => store.listFailures()).toThrow(/Cannot connect/);
      endStoreConnections(url, '--allow');
      expect(store.listFailures()).toEqual([]);
    } finally {
      store.close();
    }
  }, 120_000);
});
