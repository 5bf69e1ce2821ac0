import { randomBytes } from 'node:crypto';
import { ParallaxError } from '../../lib/errors.js';
import { createServer } from '../../api/createServer.js';
import { checkBindAddress, isLoopbackHost } from '../../services/auth/checkBindAddress.js';
import { openAccounts, type Accounts } from '../../services/auth/openAccounts.js';
import { openParallax, type Parallax } from '../../services/openParallax.js';
import type { CliIo } from '../io.js';
import { parseCommandArgs, resolveDbPath } from '../parseCommandArgs.js';
import type { Command } from './command.js';

export const SERVE_OPTIONS = { port: { type: 'string', default: '8080' }, host: { type: 'string', default: '127.0.0.1' } } as const;

export const serveCommand: Command = async (args, io) => {
  const { values } = parseCommandArgs('serve', args, SERVE_OPTIONS, false);
  const dbPath = resolveDbPath(values.db, io.env);
  const port = parsePort(values.port);
  // Accounts live in the same database, SQLite or PostgreSQL; without an admin the bind-address
  // rule keeps the server on loopback.
  const accounts = openAccounts(dbPath);
  try {
    checkBindAddress(values.host, accounts.countAdmins());
  } catch (err) {
    accounts.close();
    throw err;
  }
  return serveUntilStopped(openParallax(dbPath), values.host, port, io, accounts);
};

export function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ParallaxError('bad_argument', `--port must be a number from 0 to 65535, got "${text}".`);
  return port;
}

/** Serves the UI and API until SIGINT/SIGTERM, then closes the database cleanly. */
export async function serveUntilStopped(px: Parallax, host: string, port: number, io: CliIo, accounts?: Accounts): Promise<number> {
  // A fresh editor secret per run: whoever can read this terminal is the local editor.
  const editorToken = randomBytes(18).toString('base64url');
  // Secure cookies unless on loopback, where plain http never leaves the machine.
  const app = createServer({ queries: px.queries, readModel: px.readModel, review: px.review, editorToken, accounts, secureCookies: !isLoopbackHost(host) });
  try {
    await app.listen({ host, port });
  } catch (err) {
    px.close();
    accounts?.close();
    throw new ParallaxError('bad_argument', `Cannot listen on ${host}:${port}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;
  io.stdout(`Parallax is serving ${origin}/\n`);
  io.stdout(`Editor link (review and corrections; keep it private): ${origin}/editor/${editorToken}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await app.close();
  px.close();
  accounts?.close();
  return 0;
}
