import { ParallaxError } from '../lib/errors.js';
import type { Store } from './Store.js';
import { openPostgresStore } from './postgres/openPostgresStore.js';
import { openSqliteStore } from './sqlite/openSqliteStore.js';

/** True for a `postgres://` or `postgresql://` URL, which selects the PostgreSQL store. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location.trim());
}

/**
 * Opens the store at `location`: a `postgres://…` URL is the PostgreSQL store (shared by many
 * workers); anything else is a file path (or `:memory:`) for the embedded SQLite store.
 */
export function openStore(location: string): Store {
  if (location.trim() === '') throw new ParallaxError('bad_argument', 'The database path is empty.');
  if (isPostgresUrl(location)) return openPostgresStore(location.trim());
  return openSqliteStore(location);
}
