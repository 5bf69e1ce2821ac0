import { describe, expect, it } from 'vitest';
import { WAPO_CSV, WAPO_HEADER, WAPO_ROWS } from './csvFixtures.js';
import { compileMapping, loadMapping } from './csvMapping.js';
import { readCsvRows } from './readCsvRows.js';

describe('readCsvRows', () => {
  const wapo = loadMapping('washington-post');

  it('reads each row into the mapping columns, quoted cells included', () => {
    const table = readCsvRows(WAPO_CSV, wapo);
    expect(table.rows).toHaveLength(WAPO_ROWS.length);
    const third = table.rows[2];
    expect(third.kind).toBe('row');
    if (third.kind === 'row') expect(third.values.name).toBe('Quint "Q" Ledbetter');
    const second = table.rows[1];
    if (second.kind === 'row') expect(second.values.armed_with).toBe('knife, replica');
  });

  it('marks a row with the wrong number of cells and goes on', () => {
    const table = readCsvRows(`${WAPO_HEADER}\n${WAPO_ROWS[0]}\n9004,2025-01-01,too,few\n${WAPO_ROWS[1]}\n`, wapo);
    expect(table.rows.map((r) => r.kind)).toEqual(['row', 'bad-row', 'row']);
    const bad = table.rows[1];
    if (bad.kind === 'bad-row') expect(bad.message).toMatch(/Line 3 has 4 cells/);
  });

  it('refuses a file that lacks a mapped column, and reports extra ones', () => {
    expect(() => readCsvRows('id,date\n1,2025-01-01\n', wapo)).toThrow(/lacks columns/);
    const table = readCsvRows(`${WAPO_HEADER},extra\n${WAPO_ROWS[0]},x\n`, wapo);
    expect(table.ignoredColumns).toEqual(['extra']);
  });

  it('refuses a mapping that maps a column it does not list', () => {
    expect(() => compileMapping({ name: 'x', label: 'X', columns: ['a'], idColumn: 'b', fields: {}, constants: {} })).toThrow(/does not list/);
    expect(() => loadMapping('nope')).toThrow(/No CSV mapping/);
  });
});
