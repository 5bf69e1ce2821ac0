import { describe, expect, it } from 'vitest';
import { MIGRATIONS as SQLITE_MIGRATIONS } from '../sqlite/migrations.js';
import { MIGRATIONS } from './migrations.js';

describe('PostgreSQL migrations', () => {
  it('mirror the SQLite ones step for step (a new SQLite migration needs its PostgreSQL twin)', () => {
    const describe = (list: readonly { version: number; name: string }[]) => list.map((m) => `${m.version} ${m.name}`);
    expect(describe(MIGRATIONS)).toEqual(describe(SQLITE_MIGRATIONS));
  });
});
