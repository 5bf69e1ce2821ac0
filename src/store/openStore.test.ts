import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isParallaxError } from '../lib/errors.js';
import { isPostgresUrl, openStore } from './openStore.js';

describe('openStore', () => {
  it('opens a file path as the SQLite store', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-openstore-'));
    try {
      const store = openStore(join(dir, 'p.db'));
      expect(store.kind).toBe('sqlite');
      expect(store.countIncidents()).toBe(0);
      store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes a postgres:// URL for PostgreSQL and refuses an empty path', () => {
    expect(isPostgresUrl('postgres://u:p@db.example:5432/parallax')).toBe(true);
    expect(isPostgresUrl('postgresql://db.example/parallax')).toBe(true);
    expect(isPostgresUrl('data/postgres.db')).toBe(false);
    expect(() => openStore('  ')).toThrow(/empty/);
  });

  it('reports an unreachable PostgreSQL server as a database error, with the password hidden', () => {
    let caught: unknown;
    try {
      openStore('postgres://someone:secret@127.0.0.1:1/parallax');
    } catch (err) {
      caught = err;
    }
    expect(isParallaxError(caught, 'database_error')).toBe(true);
    expect(String((caught as Error).message)).not.toContain('secret');
  });
});
