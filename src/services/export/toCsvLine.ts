export type CsvValue = string | number | boolean | null | undefined;

// Cells opening with these would run as formulas in a spreadsheet: a quote mark keeps them text.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 line (CRLF-terminated). Null and undefined become empty cells. A text cell that a
 * spreadsheet would read as a formula is prefixed with `'` so an exported quote cannot run code;
 * numbers are written as numbers, so negative coordinates stay numbers. A dataset written back in
 * its own schema turns this off (`defuseFormulas: false`): its rows must come out as they went in.
 */
export function toCsvLine(values: readonly CsvValue[], options: { defuseFormulas?: boolean } = {}): string {
  const defuse = options.defuseFormulas ?? true;
  return `${values.map((v) => toCell(v, defuse)).join(',')}\r\n`;
}

function toCell(value: CsvValue, defuse: boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = defuse && FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
