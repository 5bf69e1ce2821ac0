import { readFileSync } from 'node:fs';
import { loadMapping } from '../../ingest/csv/csvMapping.js';
import { ParallaxError } from '../../lib/errors.js';
import type { Store } from '../../store/Store.js';
import { importCsv, type ImportSummary } from './importCsv.js';

/** Reads a CSV file (UTF-8) and imports it with a bundled mapping (vocab/mappings/NAME.json). */
export function importCsvFile(store: Store, path: string, mappingName: string): ImportSummary {
  const mapping = loadMapping(mappingName);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? 'not UTF-8';
    throw new ParallaxError('unreadable_file', `Cannot read "${path}" (${reason}).`, { path });
  }
  return importCsv(store, { text, mapping, sourcePath: path });
}
