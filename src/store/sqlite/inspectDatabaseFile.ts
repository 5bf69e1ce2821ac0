import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { ParallaxError } from '../../lib/errors.js';
import { META_TABLE, PARALLAX_APPLICATION_ID } from './marker.js';

/** `missing`/`empty`: a new Parallax database may be made there; `ours`: a Parallax database. */
export type DatabaseFileState = 'missing' | 'empty' | 'ours';

const SQLITE_MAGIC = 'SQLite format 3\u0000';
// The 100-byte file header, then page 1's b-tree header: its type and its number of cells.
const HEADER_LENGTH = 108;
const APPLICATION_ID_OFFSET = 68;
const PAGE_ONE_TYPE_OFFSET = 100;
const PAGE_ONE_CELLS_OFFSET = 103;
const LEAF_TABLE_PAGE = 0x0d;

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

/** Page 1 holds the schema table: a leaf page with no cells means no table, index or view at all. */
function hasEmptySchema(header: Buffer): boolean {
  return header[PAGE_ONE_TYPE_OFFSET] === LEAF_TABLE_PAGE && header.readUInt16BE(PAGE_ONE_CELLS_OFFSET) === 0;
}

/**
 * Looks inside through a read-only connection. Only used when a WAL file already sits beside the
 * database, because then the header on disk may lag behind it (a crash before checkpoint).
 */
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
  if (applicationId === PARALLAX_APPLICATION_ID) return 'ours';
  if (applicationId !== 0) {
    throw refuse(path, `SQLite database of another application (application_id ${applicationId})`);
  }
  // Without a WAL file the bytes on disk are the whole truth: decide without opening anything,
  // since even a read-only SQLite connection to a WAL-mode file creates -wal and -shm files.
  if (!existsSync(`${path}-wal`)) {
    if (hasEmptySchema(header)) return 'empty';
    throw refuse(path, 'SQLite database of another application');
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
