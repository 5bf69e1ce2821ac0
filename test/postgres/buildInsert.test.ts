import { describe, expect, it } from 'vitest';
import { buildInsert } from '../../src/store/postgres/buildInsert.js';
import { openConnection } from '../../src/store/postgres/openConnection.js';
import { useEmbeddedPostgres } from './useEmbeddedPostgres.js';

const server = useEmbeddedPostgres();

const COLUMNS = ['id', 'position', 'score', 'flag', 'note', 'end'];
const TABLE = `(seq bigserial, id text COLLATE "C" PRIMARY KEY, position integer NOT NULL, score double precision,
  flag boolean, note text COLLATE "C", "end" integer)`;

// Rows written through the JSON parameter must be stored exactly as the same rows written as
// multi-row VALUES (the path they took before, and still take for values JSON cannot carry).
describe('buildInsert on PostgreSQL', () => {
  it('stores the same rows, in the same order, through JSON as through VALUES', async () => {
    const db = openConnection(await server().createDatabase());
    try {
      db.query(`CREATE TABLE via_json ${TABLE}`);
      db.query(`CREATE TABLE via_values ${TABLE}`);
      const rows = [
        ['z-last-alphabetically', 0, 0.1 + 0.2, true, 'quotes " and \\ backslash, tab\tand newline\n', 7],
        ['a-first', 1, -1e-7, false, null, null],
        ['m-emoji', 2, 12345678.901234, null, 'accents é ñ and a pair 😀', 0],
        ['k-json', 3, 1e21, true, JSON.stringify({ text: 'a "quoted" word', n: [1, 2] }), -4],
      ];
      const [json] = buildInsert('via_json', COLUMNS, rows);
      expect(json?.params).toHaveLength(1);
      db.transaction(() => db.batch([json!]));
      // The VALUES path, as a row JSON cannot carry forces it.
      const [values] = buildInsert('via_values', COLUMNS, [...rows, ['n-nan', 4, Number.NaN, null, null, null]]);
      expect(values?.params?.length).toBe((rows.length + 1) * COLUMNS.length);
      db.transaction(() => db.batch([values!, { sql: `DELETE FROM via_values WHERE id = 'n-nan'` }]));
      const read = (table: string) => db.query(`SELECT seq, id, position, score::text AS score, flag, note, "end" FROM ${table} ORDER BY seq`);
      const stored = read('via_json');
      expect(stored.map((r) => r.id)).toEqual(rows.map((r) => r[0]));
      expect(stored).toEqual(read('via_values'));
    } finally {
      db.close();
    }
  });

  it('applies the conflict clause to rows sent as JSON', async () => {
    const db = openConnection(await server().createDatabase());
    try {
      db.query(`CREATE TABLE t ${TABLE}`);
      const upsert = 'ON CONFLICT (id) DO UPDATE SET note = EXCLUDED.note';
      db.transaction(() => db.batch(buildInsert('t', COLUMNS, [['a', 0, 1, true, 'old', 1]], upsert)));
      db.transaction(() => db.batch(buildInsert('t', COLUMNS, [['a', 0, 1, true, 'new', 1], ['b', 1, 2, false, 'other', 2]], upsert)));
      expect(db.query(`SELECT id, note FROM t ORDER BY id`)).toEqual([
        { id: 'a', note: 'new' },
        { id: 'b', note: 'other' },
      ]);
    } finally {
      db.close();
    }
  });
  it('with skipStoredBy, leaves rows stored as given untouched (not even locked) and ends as the plain upsert', async () => {
    const db = openConnection(await server().createDatabase());
    try {
      const cols = COLUMNS.filter((c) => c !== 'seq');
      const changed = cols.filter((c) => c !== 'id');
      const upsert = `ON CONFLICT (id) DO UPDATE SET ${changed.map((c) => `"${c}" = EXCLUDED."${c}"`).join(', ')}
        WHERE (${changed.map((c) => `t."${c}"`).join(', ')}) IS DISTINCT FROM (${changed.map((c) => `EXCLUDED."${c}"`).join(', ')})`;
      const first = [
        ['same', 0, 1.5, true, 'kept', 1],
        ['with-null', 1, null, null, null, null],
        ['moved', 2, 3, false, 'note', 3],
      ];
      const second = [
        ['same', 0, 1.5, true, 'kept', 1],
        ['with-null', 1, null, null, null, null],
        ['moved', 5, 3, false, 'note changed', 3],
        ['new', 6, 4, true, 'added', null],
      ];
      for (const [table, skip] of [['t', 'id'], ['plain', undefined]] as const) {
        db.query(`CREATE TABLE ${table} ${TABLE}`);
        const upsertInto = upsert.replaceAll('t.', `${table}.`);
        db.transaction(() => db.batch(buildInsert(table, cols, first, upsertInto, skip)));
        db.transaction(() => db.batch(buildInsert(table, cols, second, upsertInto, skip)));
      }
      // A row the upsert only locked has its xmax set: unchanged rows were never touched.
      expect(db.query(`SELECT id, xmax::text <> '0' AS touched FROM t ORDER BY id`)).toEqual([
        { id: 'moved', touched: true },
        { id: 'new', touched: false },
        { id: 'same', touched: false },
        { id: 'with-null', touched: false },
      ]);
      expect(db.query(`SELECT id, xmax::text <> '0' AS touched FROM plain WHERE id = 'same'`)).toEqual([{ id: 'same', touched: true }]);
      const read = (table: string) => db.query(`SELECT id, position, score::text AS score, flag, note, "end" FROM ${table} ORDER BY id`);
      expect(read('t')).toEqual(read('plain'));
      expect(read('t').map((r) => r.note)).toEqual(['note changed', 'added', 'kept', null]);
    } finally {
      db.close();
    }
  });
});
