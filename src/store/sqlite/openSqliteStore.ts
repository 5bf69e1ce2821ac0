import { mkdirSync, rmSync, truncateSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { ParallaxError } from '../../lib/errors.js';
import type { Store } from '../Store.js';
import { assembleSqliteStore } from './assembleSqliteStore.js';
import { inspectDatabaseFile, type DatabaseFileState } from './inspectDatabaseFile.js';
import type { Migration } from './migration.js';
import { applyMigrations, MIGRATIONS } from './migrations.js';

export interface SqliteStoreOptions {
  /** Replaces the built-in migrations (tests use this to check that a failing one rolls back). */
  readonly migrations?: readonly Migration[];
}

const IN_MEMORY = ':memory:';

function openConnection(path: string): Database.Database {
  try {
    return new Database(path);
  } catch (err) {
    throw new ParallaxError('database_error', `Cannot open database ${path}: ${(err as Error).message}`, { path });
  }
}

function configure(db: Database.Database): void {
  // Another process (serve while ingest runs, or a second opener) may hold the lock for a moment.
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  // Every write to a table with triggers (the store_generation counter, the full-text indexes)
  // opens a statement journal; in a temporary file that cost about as much as the row itself.
  // In memory it holds only the pages one statement changes (issue 6: ingest's store part).
  db.pragma('temp_store = MEMORY');
}

/** True when some process has committed a Parallax schema to the file (never delete that). */
function isOursNow(path: string): boolean {
  try {
    return inspectDatabaseFile(path) === 'ours';
  } catch {
    return false;
  }
}

/** Puts a path we created back as it was: gone if it was missing, empty if it was empty. */
function undoCreation(path: string, state: DatabaseFileState): void {
  for (const suffix of ['-wal', '-shm']) rmSync(path + suffix, { force: true });
  if (state === 'missing') rmSync(path, { force: true });
  else truncateSync(path, 0);
}

function prepareFile(path: string): DatabaseFileState {
  const state = inspectDatabaseFile(path);
  if (state === 'missing') mkdirSync(dirname(path), { recursive: true });
  return state;
}

/**
 * Opens (or creates) a Parallax SQLite database. A file that is not ours is refused before any
 * write; a new file whose first migration fails is removed again.
 */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  const state = path === IN_MEMORY ? 'missing' : prepareFile(path);
  const db = openConnection(path);
  try {
    configure(db);
    applyMigrations(db, options.migrations ?? MIGRATIONS);
  } catch (err) {
    db.close();
    if (path !== IN_MEMORY && state !== 'ours' && !isOursNow(path)) undoCreation(path, state);
    throw err;
  }
  return assembleSqliteStore(db);
}
