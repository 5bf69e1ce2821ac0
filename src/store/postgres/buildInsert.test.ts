import { describe, expect, it } from 'vitest';
import { buildInsert } from './buildInsert.js';

const COLUMNS = ['id', 'n', 'note'];

describe('buildInsert', () => {
  it('sends rows of plain values as one JSON parameter whose statement text does not depend on the row count', () => {
    const one = buildInsert('t', COLUMNS, [['a', 1, null]]);
    const three = buildInsert('t', COLUMNS, [['a', 1, null], ['b', 2.5, 'x'], ['c', -3, 'y']]);
    expect(one).toHaveLength(1);
    expect(three).toHaveLength(1);
    expect(three[0]?.sql).toBe(one[0]?.sql);
    expect(three[0]?.params).toHaveLength(1);
    // The parameter holds every row, in order, keyed by column.
    expect(JSON.parse(String(three[0]?.params?.[0]))).toEqual([
      { id: 'a', n: 1, note: null },
      { id: 'b', n: 2.5, note: 'x' },
      { id: 'c', n: -3, note: 'y' },
    ]);
  });

  it('ends the statement with the conflict clause and writes nothing for no rows', () => {
    const [statement] = buildInsert('t', COLUMNS, [['a', 1, 'z']], 'ON CONFLICT (id) DO NOTHING');
    expect(statement?.sql.endsWith('ON CONFLICT (id) DO NOTHING')).toBe(true);
    expect(buildInsert('t', COLUMNS, [])).toEqual([]);
  });

  it('falls back to VALUES placeholders when a value would not survive JSON unchanged', () => {
    for (const odd of [Number.NaN, Number.POSITIVE_INFINITY, 'broken \ud800 pair', 'nul \0 inside']) {
      const statements = buildInsert('t', COLUMNS, [['a', 1, 'fine'], ['b', 2, odd]]);
      expect(statements).toHaveLength(1);
      expect(statements[0]?.sql).toContain('VALUES ($1, $2, $3), ($4, $5, $6)');
      expect(statements[0]?.params).toEqual(['a', 1, 'fine', 'b', 2, odd]);
    }
  });
  it('with skipStoredBy, filters the JSON rows already stored as given, looked up by key; the VALUES path sends all', () => {
    const [json] = buildInsert('t', COLUMNS, [['a', 1, 'x']], 'ON CONFLICT (id) DO NOTHING', 'id');
    expect(json?.sql).toContain('WHERE (SELECT (s."n", s."note") IS NOT DISTINCT FROM (r."n", r."note") FROM t s WHERE s."id" = r."id") IS NOT TRUE ORDER BY r.ordinality');
    expect(json?.sql.endsWith('ON CONFLICT (id) DO NOTHING')).toBe(true);
    const [values] = buildInsert('t', COLUMNS, [['a', Number.NaN, 'x']], 'ON CONFLICT (id) DO NOTHING', 'id');
    expect(values?.sql).not.toContain('IS NOT DISTINCT FROM');
  });
});
