import type { CliIo } from '../io.js';

/** A CLI command: parses its own arguments, writes through io, returns an exit code. */
export type Command = (args: readonly string[], io: CliIo) => Promise<number>;
