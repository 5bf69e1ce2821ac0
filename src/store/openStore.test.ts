import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParallaxError } from '../lib/errors.js';
import { openStore } from './openStore.js';

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

  it('says clearly that PostgreSQL is not there yet, and refuses an empty path', () => {
    expect(() => openStore('postgres://localhost/parallax')).toThrow(ParallaxError);
    expect(() => openStore('  ')).toThrow(/empty/);
  });
});
