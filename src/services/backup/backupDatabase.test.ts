import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isParallaxError } from '../../lib/errors.js';
import { openStore } from '../../store/openStore.js';
import { makeIncident, makeVersion } from '../../store/storeFixtures.js';
import { backupDatabase } from './backupDatabase.js';
import { restoreDatabase } from './restoreDatabase.js';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-backup-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function seed(path: string, texts: readonly string[]): void {
  const store = openStore(path);
  try {
    for (const text of texts) store.insertVersion(makeVersion(text));
    store.saveIncident(makeIncident(`inc_${texts.length}`), []);
  } finally {
    store.close();
  }
}

function versionTexts(path: string): string[] {
  const store = openStore(path);
  try {
    return store.listLatestVersionIds().map((id) => store.getVersion(id)!.text).sort();
  } finally {
    store.close();
  }
}

async function codeOf(p: Promise<unknown>): Promise<string | null> {
  return p.then(() => null, (err: unknown) => (isParallaxError(err) ? err.code : String(err)));
}

describe('backupDatabase and restoreDatabase', () => {
  it('round-trips: what was backed up is what comes back, later writes are undone', async () => {
    const db = join(dir, 'live.db');
    const first = ['A deputy said the car reversed.', 'The family said he was unarmed.'];
    seed(db, first);
    const result = await backupDatabase(db, join(dir, 'copy.db'));
    expect(result.documents).toBe(first.length);
    seed(db, ['A third account arrived later.']);
    expect(versionTexts(db)).toHaveLength(3);

    const restored = await restoreDatabase(join(dir, 'copy.db'), db, { force: true });
    expect(restored.documents).toBe(first.length);
    expect(versionTexts(db)).toEqual([...first].sort());
  });

  it('takes a consistent copy while another connection holds an open write transaction', async () => {
    const db = join(dir, 'live.db');
    seed(db, ['Committed before the backup.']);
    const writer = new Database(db);
    writer.exec('BEGIN IMMEDIATE');
    writer.prepare(`UPDATE document_versions SET title = 'uncommitted'`).run();
    const result = await backupDatabase(db, join(dir, 'copy.db'));
    writer.exec('ROLLBACK');
    writer.close();
    const copy = new Database(join(dir, 'copy.db'), { readonly: true });
    expect(copy.prepare(`SELECT title FROM document_versions`).all()).toEqual([{ title: 'A test report' }]);
    copy.close();
    expect(result.documents).toBe(1);
  });

  it('refuses to overwrite: an existing backup file, a database with data (without force), a foreign file', async () => {
    const db = join(dir, 'live.db');
    seed(db, ['Some text.']);
    writeFileSync(join(dir, 'taken.db'), 'precious');
    expect(await codeOf(backupDatabase(db, join(dir, 'taken.db')))).toBe('bad_argument');
    expect(readFileSync(join(dir, 'taken.db'), 'utf8')).toBe('precious');
    await backupDatabase(db, join(dir, 'copy.db'));
    expect(await codeOf(restoreDatabase(join(dir, 'copy.db'), db))).toBe('bad_argument');
    const foreign = join(dir, 'notes.db');
    const other = new Database(foreign);
    other.exec('CREATE TABLE notes(x)');
    other.close();
    expect(await codeOf(restoreDatabase(join(dir, 'copy.db'), foreign, { force: true }))).toBe('not_our_database');
  });

  it('refuses a backup that is not a whole Parallax database', async () => {
    const bogus = join(dir, 'bogus.db');
    writeFileSync(bogus, 'SQLite format 3\u0000 but truncated');
    expect(await codeOf(restoreDatabase(bogus, join(dir, 'target.db')))).not.toBeNull();
    expect(await codeOf(restoreDatabase(join(dir, 'missing.db'), join(dir, 'target.db')))).toBe('not_found');
    expect(await codeOf(backupDatabase(join(dir, 'missing.db'), join(dir, 'x.db')))).toBe('not_found');
    expect(await codeOf(backupDatabase('postgres://db.example/parallax', join(dir, 'x.db')))).toBe('bad_argument');
  });
});
