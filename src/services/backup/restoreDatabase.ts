import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { ParallaxError } from '../../lib/errors.js';
import { inspectDatabaseFile } from '../../store/sqlite/inspectDatabaseFile.js';
import { checkBackupFile, type BackupCheck } from './checkBackupFile.js';

export interface RestoreOptions {
  /** Required to replace a database that already holds Parallax data. */
  readonly force?: boolean;
}

/**
 * Restores a backup into `target` through the online backup API (backup → target), so a server
 * that has the target open sees either the old database or the restored one, never a mix. The
 * backup is checked first; a target that is some other file is never overwritten.
 */
export async function restoreDatabase(backup: string, target: string, options: RestoreOptions = {}): Promise<BackupCheck> {
  if (!existsSync(backup)) throw new ParallaxError('not_found', `No backup at ${backup}.`, { path: backup });
  const check = checkBackupFile(backup);
  const state = existsSync(target) ? inspectDatabaseFile(target) : 'missing';
  if (state === 'ours' && !options.force) {
    throw new ParallaxError('bad_argument', `${target} already holds a Parallax database; add --force to replace it with the backup.`, { path: target });
  }
  mkdirSync(dirname(target), { recursive: true });
  const source = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target);
  } catch (err) {
    throw new ParallaxError('database_error', `Restore failed; ${target} is unchanged: ${(err as Error).message}`, { path: target });
  } finally {
    source.close();
  }
  return check;
}
