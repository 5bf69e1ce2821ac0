import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { isParallaxError } from '../../src/lib/errors.js';
import { MIGRATIONS } from '../../src/store/postgres/migrations.js';
import { openPostgresStore } from '../../src/store/postgres/openPostgresStore.js';
import { useEmbeddedPostgres } from './useEmbeddedPostgres.js';

const server = useEmbeddedPostgres();

async function listTables(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
    return result.rows.map((r) => r.tablename);
  } finally {
    await client.end();
  }
}

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (err) {
    return isParallaxError(err) ? err.code : 'not a ParallaxError';
  }
}

describe('openPostgresStore', () => {
  it('migrates a new database on open and opens it again without migrating twice', async () => {
    const url = await server().createDatabase();
    openPostgresStore(url).close();
    const tables = await listTables(url);
    expect(tables).toContain('parallax_meta');
    expect(tables).toContain('document_versions');
    const again = openPostgresStore(url);
    expect(again.kind).toBe('postgres');
    expect(again.countIncidents()).toBe(0);
    again.close();
    expect(await listTables(url)).toEqual(tables);
  });

  it('leaves the database exactly as it was when a migration fails', async () => {
    const url = await server().createDatabase();
    const broken = [...MIGRATIONS, { version: MIGRATIONS.length + 1, name: 'broken', sql: 'CREATE TABLE half_done (x int); SELECT no_such_column FROM half_done;' }];
    expect(codeOf(() => openPostgresStore(url, { migrations: broken }))).toBe('database_error');
    expect(await listTables(url)).toEqual([]);
    // The database is still usable by the real migrations afterwards.
    openPostgresStore(url).close();
    expect(await listTables(url)).not.toContain('half_done');
  });

  it('refuses a database that holds tables that are not ours, and touches nothing', async () => {
    const url = await server().createDatabase();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('CREATE TABLE customers (id int)');
    await client.end();
    expect(codeOf(() => openPostgresStore(url))).toBe('not_our_database');
    expect(await listTables(url)).toEqual(['customers']);
  });

  it('refuses a database written by a newer Parallax', async () => {
    const url = await server().createDatabase();
    openPostgresStore(url).close();
    expect(codeOf(() => openPostgresStore(url, { migrations: MIGRATIONS.slice(0, 1) }))).toBe('database_error');
  });
});
