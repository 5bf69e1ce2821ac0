import { existsSync } from 'node:fs';
import { ParallaxError } from '../../lib/errors.js';
import { attributeJsonl } from '../../services/attributeJsonl.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import type { Command } from './command.js';

export const attributeCommand: Command = async (args, io) => {
  const { values } = parseCommandArgs('attribute', args, { input: { type: 'string' }, output: { type: 'string' } }, false);
  if (!values.input || !values.output) throw new ParallaxError('bad_argument', 'parallax attribute: give --input FILE.jsonl and --output FILE.jsonl (or - for stdout).');
  if (!existsSync(values.input)) throw new ParallaxError('unreadable_file', `Cannot read ${values.input}.`);
  const summary = await attributeJsonl(values.input, values.output);
  if (values.output !== '-') io.stderr(`${summary.documents} document(s), ${summary.attributions} attribution(s) in ${summary.seconds.toFixed(1)}s → ${values.output}\n`);
  return 0;
};
