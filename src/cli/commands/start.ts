import { fileURLToPath } from 'node:url';
import { ingestPaths } from '../../services/ingest/ingestPaths.js';
import { openParallax } from '../../services/openParallax.js';
import { parseCommandArgs, resolveDbPath } from '../parseCommandArgs.js';
import { formatSummary } from './ingest.js';
import type { Command } from './command.js';
import { parsePort, serveUntilStopped, SERVE_OPTIONS } from './serve.js';

/** The bundled fictional sample documents, found beside the package whatever the working directory. */
export const SAMPLES_DIR = fileURLToPath(new URL('../../../samples/documents/', import.meta.url));

/** `npm start`: ingest the bundled samples into the embedded database, then serve the UI. */
export const startCommand: Command = async (args, io) => {
  const { values } = parseCommandArgs('start', args, SERVE_OPTIONS, false);
  const px = openParallax(resolveDbPath(values.db, io.env));
  const summary = ingestPaths(px.store, [SAMPLES_DIR]);
  io.stdout(`Sample documents: ${formatSummary(summary)}`);
  return serveUntilStopped(px, values.host, parsePort(values.port), io);
};
