import { ParallaxError } from '../../lib/errors.js';
import { importCsvFile } from '../../services/import/importCsvFile.js';
import type { ImportSummary } from '../../services/import/importCsv.js';
import type { ImportJsonSummary } from '../../services/import/importJson.js';
import { importJsonFile } from '../../services/import/importJsonFile.js';
import { openParallax } from '../../services/openParallax.js';
import { parseCommandArgs, resolveDbPath } from '../parseCommandArgs.js';
import type { Command } from './command.js';

/** `parallax import csv FILE --mapping NAME` / `parallax import json FILE`: exit 1 when any entry failed (the others are stored). */
export const importCommand: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs('import', args, { mapping: { type: 'string' } });
  const [kind, file, ...rest] = positionals.map(String);
  if ((kind !== 'csv' && kind !== 'json') || !file || rest.length) throw new ParallaxError('bad_argument', 'parallax import: usage is "parallax import csv FILE --mapping NAME" or "parallax import json FILE".');
  if (kind === 'json') return importJsonCommand(file, values, io);
  if (!values.mapping) throw new ParallaxError('bad_argument', 'parallax import csv: give --mapping NAME (e.g. washington-post).');
  const px = openParallax(resolveDbPath(values.db, io.env));
  try {
    const summary = importCsvFile(px.store, file, values.mapping);
    io.stdout(values.json ? `${JSON.stringify(summary)}\n` : formatImportSummary(summary));
    return summary.failed.length > 0 ? 1 : 0;
  } finally {
    px.close();
  }
};

async function importJsonCommand(file: string, values: { db?: string; json?: boolean; mapping?: string }, io: Parameters<Command>[1]): Promise<number> {
  if (values.mapping) throw new ParallaxError('bad_argument', 'parallax import json: --mapping applies to csv imports only.');
  const px = openParallax(resolveDbPath(values.db, io.env));
  try {
    const summary = importJsonFile(px.store, file);
    io.stdout(values.json ? `${JSON.stringify(summary)}\n` : formatImportJsonSummary(summary));
    return summary.failed.length > 0 ? 1 : 0;
  } finally {
    px.close();
  }
}

export function formatImportJsonSummary(s: ImportJsonSummary): string {
  const lines = [`${s.versions} document version(s): ${s.stored} stored, ${s.unchanged} unchanged, ${s.failed.length} failed; ${s.incidents} incident(s) in the database`];
  for (const f of s.failed) lines.push(`  failed entry ${f.index}${f.versionId ? ` (${f.versionId})` : ''}: ${f.message} [${f.code}]`);
  return `${lines.join('\n')}\n`;
}

export function formatImportSummary(s: ImportSummary): string {
  const lines = [`${s.rows} row(s): ${s.stored} stored (${s.matched} joined a known incident), ${s.unchanged} unchanged, ${s.failed.length} failed; ${s.incidents} incident(s) in the database`];
  if (s.ignoredColumns.length) lines.push(`  columns not in the mapping, ignored: ${s.ignoredColumns.join(', ')}`);
  for (const f of s.failed) lines.push(`  failed line ${f.line}${f.externalId ? ` (id ${f.externalId})` : ''}: ${f.message} [${f.code}]`);
  return `${lines.join('\n')}\n`;
}
