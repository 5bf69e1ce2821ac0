import { parse } from 'csv-parse/sync';
import { ParallaxError } from '../../lib/errors.js';
import type { CsvMapping } from './csvMapping.js';

export type CsvRow =
  | { readonly kind: 'row'; readonly line: number; readonly values: Readonly<Record<string, string>> }
  | { readonly kind: 'bad-row'; readonly line: number; readonly code: 'bad_input'; readonly message: string };

export interface CsvTable {
  /** Columns of the file the mapping does not know: reported, not imported. */
  readonly ignoredColumns: readonly string[];
  readonly rows: readonly CsvRow[];
}

/**
 * Reads a CSV file for a mapping: the header must hold every column the mapping lists (in any
 * order). A row with the wrong number of cells is a bad row with its line number; the rest go on.
 * Throws `bad_input` when the file is not CSV or lacks a mapped column.
 */
export function readCsvRows(text: string, mapping: CsvMapping): CsvTable {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as typeof records;
  } catch (err) {
    throw new ParallaxError('bad_input', `The file is not readable CSV: ${(err as Error).message}`);
  }
  if (records.length === 0) throw new ParallaxError('empty_document', 'The CSV file is empty.');
  const header = records[0].record.map((h) => h.trim());
  const missing = mapping.columns.filter((c) => !header.includes(c));
  if (missing.length) {
    throw new ParallaxError('bad_input', `The CSV file lacks columns of the "${mapping.name}" mapping: ${missing.join(', ')}.`, { missing });
  }
  const rows = records.slice(1).map(({ record, info }): CsvRow => {
    if (record.length !== header.length) {
      return { kind: 'bad-row', line: info.lines, code: 'bad_input', message: `Line ${info.lines} has ${record.length} cells, the header ${header.length}.` };
    }
    const values: Record<string, string> = {};
    for (const column of mapping.columns) values[column] = record[header.indexOf(column)];
    return { kind: 'row', line: info.lines, values };
  });
  return { ignoredColumns: header.filter((h) => !mapping.columns.includes(h)), rows };
}
