export type CsvValue = string | number | boolean | null | undefined;

// Cells opening with these would run as formulas in a spreadsheet: a quote mark keeps them text.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 line (CRLF-terminated). Null and undefined become empty cells. A text cell that a
 * spreadsheet would read as a formula is prefixed with `'` so an exported quote cannot run code;
 * numbers are written as numbers, so negative coordinates stay numbers.
 */
export function toCsvLine(values: readonly CsvValue[]): string {
  return `${values.map(toCell).join(',')}\r\n`;
}

function toCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
