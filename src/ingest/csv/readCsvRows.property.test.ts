import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runHostileProperty } from '../../../test/hostile/runHostileProperty.js';
import { anyCodeUnits, trickyText } from '../../../test/hostile/hostileArbitraries.js';
import { listMappingNames, loadMapping } from './csvMapping.js';
import { readCsvRows } from './readCsvRows.js';

const mapping = loadMapping(listMappingNames()[0]!);
const cell = fc.oneof(trickyText, fc.constantFrom('', '""', '"a,b"', '"unterminated', 'x"y', '2025-02-30', '-91.5', '=cmd|/c calc', '\r'));
const row = fc.array(cell, { maxLength: mapping.columns.length + 3 }).map((cells) => cells.join(','));
/** CSVs with the mapping's header (shuffled, sometimes short) and ragged, quoted, broken rows. */
const csvish = fc
  .tuple(fc.shuffledSubarray([...mapping.columns], { minLength: Math.max(1, mapping.columns.length - 1) }), fc.array(row, { maxLength: 20 }), fc.constantFrom('\n', '\r\n'))
  .map(([header, rows, eol]) => [header.join(','), ...rows].join(eol));

describe('readCsvRows under generated CSV', () => {
  it('yields rows and bad rows with line numbers, or a ParallaxError, for 10,000 inputs', () => {
    const tally = runHostileProperty('csv', fc.oneof(csvish, anyCodeUnits), (text) => readCsvRows(text, mapping), (_text, table) => {
      for (const r of table.rows) {
        expect(r.line).toBeGreaterThanOrEqual(1);
        if (r.kind === 'bad-row') expect(r.message.length).toBeGreaterThan(0);
      }
    });
    expect(tally.inputs).toBeGreaterThanOrEqual(10_000);
  }, 240_000);
});
