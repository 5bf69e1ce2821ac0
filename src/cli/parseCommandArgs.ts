import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ParallaxError } from '../lib/errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Options every command accepts. */
export const COMMON_OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies Options;

/**
 * Strict parsing: an unknown option or a missing value is a `bad_argument` error with the
 * command's name in the message, never a silently ignored flag.
 */
export function parseCommandArgs<T extends Options>(command: string, args: readonly string[], options: T, allowPositionals = true) {
  try {
    return parseArgs({ args: [...args], options: { ...COMMON_OPTIONS, ...options }, allowPositionals, strict: true });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new ParallaxError('bad_argument', `parallax ${command}: ${message}`);
  }
}

export function resolveDbPath(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): string {
  return flag ?? env.PARALLAX_DB ?? env.DATABASE_URL ?? 'data/parallax.db';
}
