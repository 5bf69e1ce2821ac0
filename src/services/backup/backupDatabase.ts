import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { ParallaxError } from '../../lib/errors.js';
import { inspectDatabaseFile } from '../../store/sqlite/inspectDatabaseFile.js';
import { checkBackupFile, type BackupCheck } from './checkBackupFile.js';

export interface BackupResult extends BackupCheck {
  readonly destination: string;
}

function refusePostgres(location: string): void {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    throw new ParallaxError('bad_argument', 'Back up a PostgreSQL store with pg_dump; parallax backup handles the embedded SQLite store.');
  }
}

/**
 * Copies a live Parallax database to `destination` with SQLite's online backup API: a consistent
 * snapshot even while another process ingests or serves. The copy is written beside the
 * destination, checked (integrity, schema), and only then renamed into place, so a failed backup
 * never leaves a half file under the name the user gave.
 */
export async function backupDatabase(source: string, destination: string): Promise<BackupResult> {
  refusePostgres(source);
  if (!existsSync(source) || inspectDatabaseFile(source) !== 'ours') {
    throw new ParallaxError('not_found', `${source} is not a Parallax database to back up.`, { path: source });
  }
  if (existsSync(destination)) throw new ParallaxError('bad_argument', `${destination} already exists; choose a new file name.`, { path: destination });
  mkdirSync(dirname(destination), { recursive: true });
  const partial = `${destination}.partial`;
  rmSync(partial, { force: true });
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    await db.backup(partial);
  } catch (err) {
    rmSync(partial, { force: true });
    throw new ParallaxError('database_error', `Backup failed: ${(err as Error).message}`, { path: source });
  } finally {
    db.close();
  }
  const check = checkBackupFile(partial);
  renameSync(partial, destination);
  return Object.freeze({ ...check, destination });
}
