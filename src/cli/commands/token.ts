import { ParallaxError } from '../../lib/errors.js';
import { openAccounts } from '../../services/auth/openAccounts.js';
import { parseCommandArgs, resolveDbPath } from '../parseCommandArgs.js';
import type { Command } from './command.js';

/** `parallax token create USER [--scopes read,write] [--label L] | revoke ID`: API tokens for scripts. */
export const tokenCommand: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs('token', args, { scopes: { type: 'string', default: 'read' }, label: { type: 'string', default: 'script' } });
  const [action, subject] = positionals.map(String);
  const accounts = openAccounts(resolveDbPath(values.db, io.env));
  try {
    if (action === 'create' && subject) {
      const token = accounts.createToken(subject, values.label, values.scopes.split(',').map((s) => s.trim()).filter(Boolean));
      io.stdout(values.json ? `${JSON.stringify(token)}\n` : `token ${token.id} (shown once, keep it secret): ${token.secret}\n`);
      return 0;
    }
    if (action === 'revoke' && subject) {
      accounts.revokeToken(subject);
      io.stdout(values.json ? `${JSON.stringify({ revoked: subject })}\n` : `revoked ${subject}\n`);
      return 0;
    }
    throw new ParallaxError('bad_argument', 'parallax token: use create USER [--scopes read,write,admin] [--label L], or revoke TOKEN_ID.');
  } finally {
    accounts.close();
  }
};
