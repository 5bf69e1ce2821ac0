import { randomBytes } from 'node:crypto';
import { ParallaxError } from '../../lib/errors.js';
import { openAccounts } from '../../services/auth/openAccounts.js';
import { parseCommandArgs, resolveDbPath } from '../parseCommandArgs.js';
import type { Command } from './command.js';

/**
 * `parallax user add NAME --role R | list | remove NAME`. The password comes from the environment
 * variable PARALLAX_PASSWORD (never from argv, which other users of the machine can read); without
 * it a strong one is generated and printed once.
 */
export const userCommand: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs('user', args, { role: { type: 'string', default: 'viewer' } });
  const [action, name] = positionals.map(String);
  const accounts = openAccounts(resolveDbPath(values.db, io.env));
  try {
    if (action === 'add' && name) {
      const given = io.env.PARALLAX_PASSWORD;
      const password = given ?? randomBytes(15).toString('base64url');
      const user = await accounts.addUser(name, values.role, password);
      io.stdout(values.json ? `${JSON.stringify({ ...user, ...(given ? {} : { password }) })}\n` : `added ${user.name} (${user.role})${given ? '' : `; password: ${password}`}\n`);
      return 0;
    }
    if (action === 'list' && !name) {
      const users = accounts.listUsers();
      io.stdout(values.json ? `${JSON.stringify(users)}\n` : users.map((u) => `${u.name}\t${u.role}\t${u.createdAt}\n`).join('') || 'no users\n');
      return 0;
    }
    if (action === 'remove' && name) {
      accounts.removeUser(name);
      io.stdout(values.json ? `${JSON.stringify({ removed: name })}\n` : `removed ${name} (and their tokens and sessions)\n`);
      return 0;
    }
    throw new ParallaxError('bad_argument', 'parallax user: use add NAME [--role admin|editor|viewer], list, or remove NAME.');
  } finally {
    accounts.close();
  }
};
