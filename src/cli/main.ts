import { isParallaxError, ParallaxError } from '../lib/errors.js';
import { COMMANDS, USAGE } from './commands/index.js';
import { processIo, type CliIo } from './io.js';

/** Runs one `parallax` command; returns the exit code (0 ok, 1 failure, 2 bad arguments). */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  try {
    if (!command) throw new ParallaxError('bad_argument', `Unknown command "${name}". Run "parallax help" for the list.`);
    return await (await command())(args, io);
  } catch (err) {
    if (isParallaxError(err)) {
      io.stderr(`parallax: ${err.message}\n`);
      return err.code === 'bad_argument' ? 2 : 1;
    }
    io.stderr(`parallax: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return 1;
  }
}
