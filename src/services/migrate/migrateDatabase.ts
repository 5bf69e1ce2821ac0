import { existsSync } from 'node:fs';
import { ParallaxError } from '../../lib/errors.js';
import { isPostgresUrl, openStore } from '../../store/openStore.js';
import { copyAccounts, type AccountCopySummary } from '../auth/copyAccounts.js';
import { openAccountTables } from '../auth/openAccounts.js';
import { copyStore, type CopySummary } from './copyStore.js';

/**
 * `parallax migrate-db`: copies an embedded (SQLite) database into a PostgreSQL one, which is
 * created (migrated) if needed and must hold no documents yet. The source is only read. Accounts
 * (users with their password hashes, API tokens) follow once the documents are copied.
 */
export function migrateDatabase(fromPath: string, toUrl: string): CopySummary & { readonly accounts: AccountCopySummary } {
  if (isPostgresUrl(fromPath)) throw new ParallaxError('bad_argument', '--from must be a database file (the embedded SQLite store).');
  if (!isPostgresUrl(toUrl)) throw new ParallaxError('bad_argument', '--to must be a postgres:// URL.');
  // Opening a missing path would create an empty database: say what is wrong instead.
  if (!existsSync(fromPath)) throw new ParallaxError('not_found', `There is no database at ${fromPath}.`, { path: fromPath });
  const from = openStore(fromPath);
  try {
    const to = openStore(toUrl);
    try {
      const summary = copyStore(from, to);
      return { ...summary, accounts: copyAccountsBetween(fromPath, toUrl) };
    } finally {
      to.close();
    }
  } finally {
    from.close();
  }
}

function copyAccountsBetween(fromPath: string, toUrl: string): AccountCopySummary {
  const from = openAccountTables(fromPath);
  try {
    const to = openAccountTables(toUrl);
    try {
      return copyAccounts(from, to);
    } finally {
      to.close();
    }
  } finally {
    from.close();
  }
}
