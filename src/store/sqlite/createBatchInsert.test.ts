import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createBatchInsert } from './createBatchInsert.js';

function open() {
  const db = new Database(':memory:');
  db.exec(`CREATE TABLE t (name TEXT PRIMARY KEY, n INTEGER, note TEXT); CREATE TABLE writes (n INTEGER); INSERT INTO writes VALUES (0);
    CREATE TRIGGER t_count AFTER INSERT ON t BEGIN UPDATE writes SET n = n + 1; END;`);
  return { db, insert: createBatchInsert(db, 't', ['name', 'n', 'note']) };
}

const rowsOf = (db: Database.Database) => db.prepare<[], { rowid: number; name: string; n: number; note: string | null }>(`SELECT rowid, * FROM t ORDER BY rowid`).all();

describe('createBatchInsert', () => {
  it('inserts every row in the given order, across several statements, firing row triggers for each', () => {
    const { db, insert } = open();
    const rows = Array.from({ length: 150 }, (_, i) => [`row ${149 - i}`, i, i % 3 === 0 ? null : `note ${i}`]);
    insert(rows);
    const stored = rowsOf(db);
    expect(stored.map((r) => [r.name, r.n, r.note])).toEqual(rows);
    expect(stored.map((r) => r.rowid)).toEqual(rows.map((_, i) => i + 1));
    expect(db.prepare(`SELECT n FROM writes`).pluck().get()).toBe(150);
  });

  it('writes nothing for no rows, and a failing row leaves its whole statement unwritten', () => {
    const { db, insert } = open();
    insert([]);
    expect(rowsOf(db)).toEqual([]);
    insert([['kept', 1, null]]);
    expect(() => insert([['fresh', 2, null], ['kept', 3, null]])).toThrow(/UNIQUE/);
    expect(rowsOf(db).map((r) => r.name)).toEqual(['kept']);
  });
});
