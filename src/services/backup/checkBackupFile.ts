import Database from 'better-sqlite3';
import { ParallaxError } from '../../lib/errors.js';
import { inspectDatabaseFile } from '../../store/sqlite/inspectDatabaseFile.js';
import { MIGRATIONS, readSchemaVersion } from '../../store/sqlite/migrations.js';

export interface BackupCheck {
  readonly schemaVersion: number;
  readonly documents: number;
  readonly incidents: number;
  readonly bytes: number;
}

/** Checks that a file is a whole, readable Parallax database this version can open; throws otherwise. */
export function checkBackupFile(path: string): BackupCheck {
  let state: string;
  try {
    state = inspectDatabaseFile(path);
  } catch (err) {
    throw new ParallaxError('not_our_database', `${path} is not a Parallax backup: ${(err as Error).message}`, { path });
  }
  if (state !== 'ours') throw new ParallaxError('not_our_database', `${path} is not a Parallax backup.`, { path });
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new ParallaxError('database_error', `${path} is damaged: ${String(integrity)}`, { path });
    const schemaVersion = readSchemaVersion(db);
    if (schemaVersion > MIGRATIONS.length) {
      throw new ParallaxError('database_error', `${path} was written by a newer version of Parallax.`, { path, schemaVersion });
    }
    const count = (table: string): number => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    const pages = db.pragma('page_count', { simple: true }) as number;
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    return Object.freeze({ schemaVersion, documents: count('document_versions'), incidents: count('incidents'), bytes: pages * pageSize });
  } finally {
    db.close();
  }
}
