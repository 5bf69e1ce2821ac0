import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { ParallaxError } from '../../lib/errors.js';
import { exportIncidents } from '../../services/exportIncidents.js';
import { openParallax } from '../../services/openParallax.js';
import { parseCommandArgs, resolveDbPath } from '../parseCommandArgs.js';
import type { Command } from './command.js';

/** `parallax export --format json [--out FILE]`: `{ "incidents": [ … ] }`, streamed incident by incident. */
export const exportCommand: Command = async (args, io) => {
  const { values } = parseCommandArgs('export', args, { format: { type: 'string', default: 'json' }, out: { type: 'string' } }, false);
  if (values.format !== 'json') throw new ParallaxError('bad_argument', `parallax export: unsupported --format "${values.format}" (supported: json).`);
  const px = openParallax(resolveDbPath(values.db, io.env));
  const file = values.out ? createWriteStream(values.out, 'utf8') : null;
  const write = async (text: string) => {
    if (!file) return io.stdout(text);
    if (!file.write(text)) await once(file, 'drain');
  };
  try {
    await write('{"incidents":[');
    let first = true;
    for (const incident of exportIncidents(px.store)) {
      await write(`${first ? '\n' : ',\n'}${JSON.stringify(incident)}`);
      first = false;
    }
    await write('\n]}\n');
    return 0;
  } finally {
    px.close();
    if (file) await new Promise<void>((resolve) => file.end(resolve));
  }
};
