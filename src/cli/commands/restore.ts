import { ParallaxError } from '../../lib/errors.js';
import { restoreDatabase } from '../../services/backup/restoreDatabase.js';
import { parseCommandArgs, resolveDbPath } from '../parseCommandArgs.js';
import type { Command } from './command.js';

/** `parallax restore FILE [--force]`: puts a checked backup back as the database. */
export const restoreCommand: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs('restore', args, { force: { type: 'boolean', default: false } });
  if (positionals.length !== 1) throw new ParallaxError('bad_argument', 'parallax restore: give one backup FILE.');
  const target = resolveDbPath(values.db, io.env);
  const result = await restoreDatabase(String(positionals[0]), target, { force: values.force });
  io.stdout(values.json ? `${JSON.stringify({ ...result, target })}\n` : `restored ${result.documents} document version(s), ${result.incidents} incident(s) into ${target}\n`);
  return 0;
};
