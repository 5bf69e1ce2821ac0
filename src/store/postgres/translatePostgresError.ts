import { isParallaxError, ParallaxError } from '../../lib/errors.js';

/**
 * Runs a write and turns PostgreSQL integrity violations (SQLSTATE class 23: an unknown version
 * id, a duplicate id) into `bad_input`, the same shape the SQLite store gives.
 */
export function translatePostgresError<T>(what: string, write: () => T): T {
  try {
    return write();
  } catch (err) {
    const sqlstate = isParallaxError(err) ? err.details.sqlstate : undefined;
    if (typeof sqlstate === 'string' && sqlstate.startsWith('23')) {
      throw new ParallaxError('bad_input', `Cannot ${what}: ${err instanceof Error ? err.message : String(err)}.`, {
        sqlstate,
        constraint: (err as ParallaxError).details.constraint,
      });
    }
    throw err;
  }
}
