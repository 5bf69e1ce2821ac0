import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { ParallaxError } from '../../lib/errors.js';
import { EXPORT_FORMATS, isExportFormat, streamExport } from '../../services/export/streamExport.js';
import { sourceFromQueries } from '../../services/export/walkIncidents.js';
import { walkVersions } from '../../services/export/walkVersions.js';
import { openParallax } from '../../services/openParallax.js';
import { parseCommandArgs, resolveDbPath } from '../parseCommandArgs.js';
import type { Command } from './command.js';

/**
 * `parallax export --format csv|json|geojson|claimreview [--claims] [--q WORDS] [--mapping NAME] [--with-documents] [--out FILE]`:
 * streamed chunk by chunk, so the size of the database never decides the memory used.
 */
export const exportCommand: Command = async (args, io) => {
  const { values } = parseCommandArgs(
    'export',
    args,
    { format: { type: 'string', default: 'json' }, out: { type: 'string' }, claims: { type: 'boolean', default: false }, q: { type: 'string' }, mapping: { type: 'string' }, 'with-documents': { type: 'boolean', default: false } },
    false,
  );
  const format = values.format ?? 'json';
  if (!isExportFormat(format)) throw new ParallaxError('bad_argument', `parallax export: unsupported --format "${format}" (supported: ${EXPORT_FORMATS.join(', ')}).`);
  const px = openParallax(resolveDbPath(values.db, io.env));
  const file = values.out ? createWriteStream(values.out, 'utf8') : null;
  const write = async (text: string) => {
    if (!file) return io.stdout(text);
    if (!file.write(text)) await once(file, 'drain');
  };
  try {
    const q = values.q?.trim() ? values.q.trim() : undefined;
    // The documents are the whole database's, so that a fresh one can be rebuilt from the file: a filtered list would not match them.
    if (values['with-documents'] && q) throw new ParallaxError('bad_argument', 'parallax export: --with-documents exports the whole database; drop --q.');
    const documents = values['with-documents'] ? walkVersions(px.store) : undefined;
    const { chunks } = streamExport(sourceFromQueries(px.queries, { q }), { format, claims: values.claims, mapping: values.mapping, documents });
    for (const chunk of chunks) await write(chunk);
    return 0;
  } finally {
    px.close();
    if (file) await new Promise<void>((resolve) => file.end(resolve));
  }
};
