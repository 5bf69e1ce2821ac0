import { ParallaxError } from '../../lib/errors.js';
import { backupDatabase } from '../../services/backup/backupDatabase.js';
import { parseCommandArgs, resolveDbPath } from '../parseCommandArgs.js';
import type { Command } from './command.js';

/** `parallax backup FILE`: a consistent copy of the live database, safe while others write. */
export const backupCommand: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs('backup', args, {});
  if (positionals.length !== 1) throw new ParallaxError('bad_argument', 'parallax backup: give one destination FILE.');
  const result = await backupDatabase(resolveDbPath(values.db, io.env), String(positionals[0]));
  io.stdout(values.json ? `${JSON.stringify(result)}\n` : `backed up ${result.documents} document version(s), ${result.incidents} incident(s) to ${result.destination}\n`);
  return 0;
};
