import { ParallaxError } from '../../lib/errors.js';
import { migrateDatabase } from '../../services/migrate/migrateDatabase.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import type { Command } from './command.js';

/** `parallax migrate-db --from FILE --to postgres://…`: copies an embedded database to PostgreSQL. */
export const migrateDbCommand: Command = async (args, io) => {
  const { values } = parseCommandArgs('migrate-db', args, { from: { type: 'string' }, to: { type: 'string' } }, false);
  const to = values.to ?? io.env.DATABASE_URL;
  if (values.from === undefined || to === undefined) {
    throw new ParallaxError('bad_argument', 'parallax migrate-db: give --from FILE and --to postgres://… (or set DATABASE_URL).');
  }
  const summary = migrateDatabase(values.from, to);
  io.stdout(
    values.json
      ? `${JSON.stringify(summary)}\n`
      : `copied ${summary.versions} document version(s), ${summary.incidents} incident(s), ${summary.claims} claim(s), ${summary.auditEntries} audit entr(ies), ${summary.failures} failure(s), ${summary.accounts.users} user(s), ${summary.accounts.tokens} API token(s)${summary.accounts.skipped.length ? ` (kept the target's own ${summary.accounts.skipped.join(', ')})` : ''}\n`,
  );
  return 0;
};
