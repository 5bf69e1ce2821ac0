import { ParallaxError } from '../lib/errors.js';
import type { Store } from './Store.js';
import { openSqliteStore } from './sqlite/openSqliteStore.js';

/**
 * Opens the store at `location`: a file path (or `:memory:`) is the embedded SQLite store. A
 * PostgreSQL URL will select the PostgreSQL store once it exists.
 */
export function openStore(location: string): Store {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    throw new ParallaxError('bad_argument', 'PostgreSQL storage is not available yet; use a file path.', {});
  }
  if (location.trim() === '') throw new ParallaxError('bad_argument', 'The database path is empty.');
  return openSqliteStore(location);
}
