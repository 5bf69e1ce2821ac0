import { closeSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { ParallaxError } from '../../lib/errors.js';
import { META_TABLE, PARALLAX_APPLICATION_ID } from './marker.js';

/** `missing`/`empty`: a new Parallax database may be made there; `ours`: a Parallax database. */
export type DatabaseFileState = 'missing' | 'empty' | 'ours';

const SQLITE_MAGIC = 'SQLite format 3\u0000';
const HEADER_LENGTH = 100;
const APPLICATION_ID_OFFSET = 68;

function readHeader(path: string): Buffer {
  const header = Buffer.alloc(HEADER_LENGTH);
  const fd = openSync(path, 'r');
  try {
    return header.subarray(0, readSync(fd, header, 0, HEADER_LENGTH, 0));
  } finally {
    closeSync(fd);
  }
}

function refuse(path: string, reason: string): ParallaxError {
  return new ParallaxError('not_our_database', `${path} is not a Parallax database (${reason}); it was left untouched.`, {
    path,
    reason,
  });
}

/** Looks inside a read-only connection: the header on disk may lag behind an un-checkpointed WAL. */
function inspectReadOnly(path: string): 'empty' | 'ours' | 'foreign' {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    const objects = db.prepare(`SELECT name FROM sqlite_master`).all() as { name: string }[];
    if (applicationId === PARALLAX_APPLICATION_ID && objects.some((o) => o.name === META_TABLE)) return 'ours';
    if (applicationId === 0 && objects.length === 0) return 'empty';
    return 'foreign';
  } finally {
    db.close();
  }
}

/**
 * Decides, without writing a byte, whether `path` may be opened as a Parallax database. A foreign
 * SQLite file or a file that is not SQLite at all throws `not_our_database`. An SQLite file with no
 * schema and no application id (e.g. left by a first migration that failed) counts as empty.
 */
export function inspectDatabaseFile(path: string): DatabaseFileState {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw refuse(path, 'not a regular file');
    size = stat.size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    if (err instanceof ParallaxError) throw err;
    throw new ParallaxError('database_error', `Cannot read ${path}: ${(err as Error).message}`, { path });
  }
  if (size === 0) return 'empty';
  const header = readHeader(path);
  if (header.length < HEADER_LENGTH || header.toString('latin1', 0, SQLITE_MAGIC.length) !== SQLITE_MAGIC) {
    throw refuse(path, 'not an SQLite file');
  }
  const applicationId = header.readUInt32BE(APPLICATION_ID_OFFSET);
  if (applicationId !== 0 && applicationId !== PARALLAX_APPLICATION_ID) {
    throw refuse(path, `SQLite database of another application (application_id ${applicationId})`);
  }
  let state: 'empty' | 'ours' | 'foreign';
  try {
    state = inspectReadOnly(path);
  } catch (err) {
    throw refuse(path, `unreadable as SQLite: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (state === 'foreign') throw refuse(path, 'SQLite database of another application');
  return state;
}
