import type Database from 'better-sqlite3';

/** At most this many rows go in one statement (16 columns × 64 rows stays far below SQLite's variable limit). */
const ROWS_PER_STATEMENT = 64;

/**
 * Inserts rows with one multi-row `INSERT … VALUES (…), (…)` per 64 rows instead of one statement
 * per row, in the given order (so rowids come out as one row at a time would give them). Why it
 * matters here (issue 6): every write statement inside a transaction that fires triggers opens a
 * statement savepoint, and FTS5 writes its pending terms to disk as a new segment at every
 * savepoint, so inserting an incident's claims one by one wrote one tiny index segment per claim.
 * The statement for each row count is prepared on first use and kept.
 */
export function createBatchInsert(db: Database.Database, table: string, columns: readonly string[]): (rows: readonly (readonly unknown[])[]) => void {
  const statements = new Map<number, Database.Statement>();
  const row = `(${columns.map(() => '?').join(', ')})`;
  const statementFor = (count: number): Database.Statement => {
    let statement = statements.get(count);
    if (!statement) {
      statement = db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array.from({ length: count }, () => row).join(', ')}`);
      statements.set(count, statement);
    }
    return statement;
  };
  return (rows) => {
    for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
      const end = Math.min(rows.length, start + ROWS_PER_STATEMENT);
      const values: unknown[] = [];
      for (let i = start; i < end; i++) for (const value of rows[i]) values.push(value);
      statementFor(end - start).run(values);
    }
  };
}
