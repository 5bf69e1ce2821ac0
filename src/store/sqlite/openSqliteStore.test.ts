import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isParallaxError } from '../../lib/errors.js';
import { makeIncident } from '../storeFixtures.js';
import { META_TABLE, PARALLAX_APPLICATION_ID, SCHEMA_VERSION_KEY } from './marker.js';
import type { Migration } from './migration.js';
import { MIGRATIONS } from './migrations.js';
import { openSqliteStore } from './openSqliteStore.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-open-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
  } catch (err) {
    return isParallaxError(err) ? err.code : `raw: ${String(err)}`;
  }
  return null;
}

function inspect(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    const meta = db.prepare(`SELECT value FROM ${META_TABLE} WHERE key = ?`).get(SCHEMA_VERSION_KEY) as { value: string };
    return {
      applicationId: db.pragma('application_id', { simple: true }),
      journalMode: db.pragma('journal_mode', { simple: true }),
      schemaVersion: Number(meta.value),
      tables: (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((t) => t.name),
    };
  } finally {
    db.close();
  }
}

describe('openSqliteStore', () => {
  it('creates a new database, parent folders included, marked as ours', () => {
    const path = join(dir, 'deep', 'er', 'parallax.db');
    openSqliteStore(path).close();
    const info = inspect(path);
    expect(info.applicationId).toBe(PARALLAX_APPLICATION_ID);
    expect(info.journalMode).toBe('wal');
    expect(info.schemaVersion).toBe(MIGRATIONS.length);
    expect(info.tables).toEqual(expect.arrayContaining(['document_versions', 'claims', 'incidents', 'incident_search']));
    // One full-text index since migration 010.
    expect(info.tables).not.toContain('claims_fts');
  });

  it('reopens its own database with the data intact', () => {
    const path = join(dir, 'parallax.db');
    const first = openSqliteStore(path);
    first.saveIncident(makeIncident('inc_kept'), []);
    first.close();
    const again = openSqliteStore(path);
    expect(again.getIncident('inc_kept')?.id).toBe('inc_kept');
    again.close();
  });

  it('turns an empty file into a database', () => {
    const path = join(dir, 'touched.db');
    writeFileSync(path, '');
    openSqliteStore(path).close();
    expect(inspect(path).applicationId).toBe(PARALLAX_APPLICATION_ID);
  });

  it('recognises its own database after a crash left the marker only in the WAL', () => {
    const live = join(dir, 'live.db');
    const store = openSqliteStore(live);
    store.saveIncident(makeIncident('inc_unflushed'), []);
    // Copying while the store is open gives what a crash leaves: the header on disk not yet rewritten.
    const crashed = join(dir, 'crashed.db');
    copyFileSync(live, crashed);
    copyFileSync(`${live}-wal`, `${crashed}-wal`);
    store.close();
    expect(readFileSync(crashed).readUInt32BE(68)).toBe(0);
    const reopened = openSqliteStore(crashed);
    expect(reopened.getIncident('inc_unflushed')).not.toBeNull();
    reopened.close();
  });

  it('works in memory', () => {
    const store = openSqliteStore(':memory:');
    store.saveIncident(makeIncident('inc_mem'), []);
    expect(store.countIncidents()).toBe(1);
    store.close();
  });
});

describe('a file that is not ours', () => {
  function expectRefusedUntouched(path: string) {
    const before = readFileSync(path);
    expect(codeOf(() => openSqliteStore(path))).toBe('not_our_database');
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
  }

  it('refuses an SQLite database of another application', () => {
    const path = join(dir, 'other.db');
    const db = new Database(path);
    db.exec(`CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('bread')`);
    db.close();
    expectRefusedUntouched(path);
  });

  it('refuses a foreign database in WAL mode', () => {
    const path = join(dir, 'wal.db');
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.exec(`CREATE TABLE t (x)`);
    db.close();
    expectRefusedUntouched(path);
  });

  it('refuses a foreign database whose WAL has not been checkpointed, leaving its file intact', () => {
    const live = join(dir, 'live.db');
    const db = new Database(live);
    db.pragma('journal_mode = WAL');
    db.exec(`CREATE TABLE t (x); INSERT INTO t VALUES (1)`);
    const path = join(dir, 'foreign-wal.db');
    copyFileSync(live, path);
    copyFileSync(`${live}-wal`, `${path}-wal`);
    db.close();
    const before = readFileSync(path);
    expect(codeOf(() => openSqliteStore(path))).toBe('not_our_database');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses an SQLite database carrying another application id', () => {
    const path = join(dir, 'tagged.db');
    const db = new Database(path);
    db.pragma('application_id = 1234');
    db.exec(`CREATE TABLE t (x)`);
    db.close();
    expectRefusedUntouched(path);
  });

  it('refuses a file that is not SQLite at all, short or long', () => {
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'Shopping list: milk, eggs, flour.\n'.repeat(20));
    expectRefusedUntouched(notes);
    const tiny = join(dir, 'tiny.db');
    writeFileSync(tiny, 'SQLite format 3');
    expectRefusedUntouched(tiny);
  });

  it('refuses a directory', () => {
    expect(codeOf(() => openSqliteStore(dir))).toBe('not_our_database');
  });
});

describe('migrations', () => {
  const failing: Migration = {
    version: 2,
    name: 'half_done',
    sql: `CREATE TABLE half_done (x INTEGER); INSERT INTO half_done VALUES (1); INSERT INTO no_such_table VALUES (1);`,
  };

  it('a failing migration leaves the database as it was', () => {
    const path = join(dir, 'parallax.db');
    const store = openSqliteStore(path, { migrations: MIGRATIONS.slice(0, 1) });
    store.saveIncident(makeIncident('inc_before'), []);
    store.close();
    expect(codeOf(() => openSqliteStore(path, { migrations: [MIGRATIONS[0], failing] }))).toBe('database_error');
    const info = inspect(path);
    expect(info.schemaVersion).toBe(1);
    expect(info.tables).not.toContain('half_done');
    const reopened = openSqliteStore(path, { migrations: MIGRATIONS.slice(0, 1) });
    expect(reopened.getIncident('inc_before')).not.toBeNull();
    reopened.close();
  });

  it('applies a new migration to an existing database once', () => {
    const path = join(dir, 'parallax.db');
    openSqliteStore(path, { migrations: MIGRATIONS.slice(0, 1) }).close();
    const extra: Migration = { version: 2, name: 'extra', sql: `CREATE TABLE extra (x INTEGER);` };
    openSqliteStore(path, { migrations: [MIGRATIONS[0], extra] }).close();
    openSqliteStore(path, { migrations: [MIGRATIONS[0], extra] }).close();
    expect(inspect(path).schemaVersion).toBe(2);
    expect(inspect(path).tables).toContain('extra');
  });

  it('a failing first migration leaves no file behind', () => {
    const path = join(dir, 'new', 'parallax.db');
    const broken: Migration = { ...MIGRATIONS[0], sql: `${MIGRATIONS[0].sql}\nCREATE TABLE incidents (x);` };
    expect(codeOf(() => openSqliteStore(path, { migrations: [broken] }))).toBe('database_error');
    expect(existsSync(path)).toBe(false);
    openSqliteStore(path).close();
    expect(inspect(path).schemaVersion).toBe(MIGRATIONS.length);
  });

  it('refuses a database written by a newer Parallax', () => {
    const path = join(dir, 'parallax.db');
    openSqliteStore(path).close();
    const db = new Database(path);
    db.prepare(`UPDATE ${META_TABLE} SET value = ? WHERE key = ?`).run(String(MIGRATIONS.length + 1), SCHEMA_VERSION_KEY);
    db.close();
    expect(codeOf(() => openSqliteStore(path))).toBe('database_error');
  });
});
