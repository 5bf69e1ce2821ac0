import { reanalyseAll } from '../../services/ingest/reanalyseAll.js';
import { openParallax } from '../../services/openParallax.js';
import { parseCommandArgs, resolveDbPath } from '../parseCommandArgs.js';
import type { Command } from './command.js';

/** `parallax reanalyse`: re-run the stages over stored documents after the code improved. */
export const reanalyseCommand: Command = async (args, io) => {
  const { values } = parseCommandArgs('reanalyse', args, {}, false);
  const px = openParallax(resolveDbPath(values.db, io.env));
  try {
    const summary = reanalyseAll(px.store, io.isTTY && !values.json ? (done, total) => io.stderr(`\rre-analysed ${done}/${total}`) : undefined);
    if (io.isTTY && !values.json) io.stderr('\n');
    io.stdout(values.json ? `${JSON.stringify(summary)}\n` : `${summary.documents} document(s) re-analysed; ${summary.incidents} incident(s) (${summary.seconds.toFixed(1)}s)\n`);
    return 0;
  } finally {
    px.close();
  }
};
