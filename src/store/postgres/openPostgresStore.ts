import type { Store } from '../Store.js';
import { assemblePostgresStore } from './assemblePostgresStore.js';
import { backfillIncidentSearch } from './backfillIncidentSearch.js';
import type { Migration } from './migration.js';
import { applyMigrations, MIGRATIONS } from './migrations.js';
import { openConnection } from './openConnection.js';

export interface PostgresStoreOptions {
  /** Replaces the built-in migrations (tests use this to check that a failing one rolls back). */
  readonly migrations?: readonly Migration[];
}

/**
 * Opens a Parallax store on a PostgreSQL database (`postgres://user:password@host:port/db`),
 * migrating it on open (and indexing for search what migration 007 found: see backfillIncidentSearch).
 * A database holding tables that are not ours is refused untouched.
 */
export function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Store {
  const connection = openConnection(url);
  try {
    applyMigrations(connection, options.migrations ?? MIGRATIONS);
    backfillIncidentSearch(connection);
  } catch (err) {
    connection.close();
    throw err;
  }
  return assemblePostgresStore(connection);
}
