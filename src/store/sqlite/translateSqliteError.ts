import { ParallaxError } from '../../lib/errors.js';

/**
 * Runs a write and turns SQLite constraint failures (an unknown version id, a duplicate id) into
 * `bad_input`, so callers see the same error shape whichever database is underneath.
 */
export function translateSqliteError<T>(what: string, write: () => T): T {
  try {
    return write();
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
      throw new ParallaxError('bad_input', `Cannot ${what}: ${(err as Error).message}.`, { constraint: code });
    }
    throw err;
  }
}
