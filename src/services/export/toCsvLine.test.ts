import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsvLine } from './toCsvLine.js';

describe('toCsvLine', () => {
  it('writes cells a CSV parser reads back unchanged, quotes, commas and line breaks included', () => {
    const cells = ['plain', 'with, comma', 'say "no"', 'two\nlines', ''];
    const [row] = parse(toCsvLine(cells)) as string[][];
    expect(row).toEqual(cells);
  });

  it('keeps numbers numeric and writes null as an empty cell', () => {
    const [row] = parse(toCsvLine([-82.5, 0, null, undefined, true])) as string[][];
    expect(row).toEqual(['-82.5', '0', '', '', 'true']);
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    const [row] = parse(toCsvLine(['=HYPERLINK("x")', '+1', '@sum', '-2 cars'])) as string[][];
    for (const cell of row) expect(cell.startsWith("'")).toBe(true);
  });
});
