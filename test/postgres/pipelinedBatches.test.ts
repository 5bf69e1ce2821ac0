import { describe, expect, it } from 'vitest';
import { isParallaxError } from '../../src/lib/errors.js';
import { openConnection } from '../../src/store/postgres/openConnection.js';
import { useEmbeddedPostgres } from './useEmbeddedPostgres.js';

const server = useEmbeddedPostgres();

/** The SQLSTATE of what `fn` throws (null when it throws nothing of ours). */
function sqlstateOf(fn: () => unknown): string | null {
  try {
    fn();
  } catch (err) {
    return isParallaxError(err) ? String((err.details as { sqlstate?: string }).sqlstate) : null;
  }
  return null;
}

// Statements of one batch inside a transaction are sent to the server together (pipelined); the
// answer must still be the first failure, in order, and nothing of the transaction may stay.
describe('batches on a PostgreSQL connection', () => {
  it('inside a transaction: reports the first failure of a pipelined batch and keeps nothing of it', async () => {
    const db = openConnection(await server().createDatabase());
    try {
      db.query(`CREATE TABLE t (id int PRIMARY KEY)`);
      db.query(`INSERT INTO t VALUES (1)`);
      const state = sqlstateOf(() =>
        db.transaction(() => {
          db.batch([
            { sql: `INSERT INTO t VALUES ($1)`, params: [2] },
            { sql: `INSERT INTO t VALUES ($1)`, params: [1] },
            { sql: `INSERT INTO t VALUES ($1)`, params: [3] },
          ]);
        }),
      );
      expect(state).toBe('23505');
      expect(db.query<{ id: number }>(`SELECT id FROM t ORDER BY id`).map((r) => r.id)).toEqual([1]);
      // The connection is usable again, and a batch that succeeds answers each statement in order.
      const results = db.transaction(() => db.batch([{ sql: `INSERT INTO t VALUES ($1) RETURNING id`, params: [4] }, { sql: `SELECT count(*) AS n FROM t` }]));
      expect(results).toEqual([[{ id: 4 }], [{ n: 2 }]]);
    } finally {
      db.close();
    }
  });

  it('outside a transaction: stops at the first failure, so no later statement runs', async () => {
    const db = openConnection(await server().createDatabase());
    try {
      db.query(`CREATE TABLE t (id int PRIMARY KEY)`);
      db.query(`INSERT INTO t VALUES (1)`);
      const state = sqlstateOf(() => db.batch([{ sql: `INSERT INTO t VALUES ($1)`, params: [1] }, { sql: `INSERT INTO t VALUES ($1)`, params: [5] }]));
      expect(state).toBe('23505');
      expect(db.query<{ id: number }>(`SELECT id FROM t ORDER BY id`).map((r) => r.id)).toEqual([1]);
    } finally {
      db.close();
    }
  });

  it('writeLater: in a keyed transaction the writes go with the next statement, which sees them and fails with them; elsewhere they run at once', async () => {
    const db = openConnection(await server().createDatabase());
    try {
      db.query(`CREATE TABLE t (id int PRIMARY KEY)`);
      db.transaction(() => {
        db.writeLater([{ sql: `INSERT INTO t VALUES ($1)`, params: [1] }]);
        db.writeLater([{ sql: `INSERT INTO t VALUES ($1)`, params: [2] }]);
        expect(db.query<{ n: number }>(`SELECT count(*)::int AS n FROM t`)).toEqual([{ n: 2 }]);
      }, 'keyed');
      // A duplicate is not reported by writeLater itself but by the statement it travels with, and
      // the transaction keeps nothing: not the good write before it, not the one after.
      let reportedAt = '';
      const state = sqlstateOf(() =>
        db.transaction(() => {
          db.writeLater([{ sql: `INSERT INTO t VALUES ($1)`, params: [3] }, { sql: `INSERT INTO t VALUES ($1)`, params: [1] }]);
          reportedAt = 'not yet';
          db.writeLater([{ sql: `INSERT INTO t VALUES ($1)`, params: [4] }]);
          db.query(`SELECT 1`);
          reportedAt = 'never';
        }, 'keyed'),
      );
      expect(state).toBe('23505');
      expect(reportedAt).toBe('not yet');
      // The last writes of a transaction go with its COMMIT, which fails with them.
      expect(sqlstateOf(() => db.transaction(() => db.writeLater([{ sql: `INSERT INTO t VALUES ($1)`, params: [2] }]), 'keyed'))).toBe('23505');
      // In an exclusive transaction the failure comes at once and a savepoint lets the caller go on.
      db.transaction(() => {
        expect(sqlstateOf(() => db.transaction(() => db.writeLater([{ sql: `INSERT INTO t VALUES ($1)`, params: [1] }])))).toBe('23505');
        db.writeLater([{ sql: `INSERT INTO t VALUES ($1)`, params: [5] }]);
      });
      expect(db.query<{ id: number }>(`SELECT id FROM t ORDER BY id`).map((r) => r.id)).toEqual([1, 2, 5]);
    } finally {
      db.close();
    }
  });

  it('a failed nested transaction rolls back to its savepoint, and the outer one commits the rest', async () => {
    const db = openConnection(await server().createDatabase());
    try {
      db.query(`CREATE TABLE t (id int PRIMARY KEY)`);
      db.transaction(() => {
        db.query(`INSERT INTO t VALUES ($1)`, [10]);
        expect(sqlstateOf(() => db.transaction(() => db.batch([{ sql: `INSERT INTO t VALUES ($1)`, params: [11] }, { sql: `INSERT INTO t VALUES ($1)`, params: [10] }])))).toBe('23505');
        db.query(`INSERT INTO t VALUES ($1)`, [12]);
      });
      expect(db.query<{ id: number }>(`SELECT id FROM t ORDER BY id`).map((r) => r.id)).toEqual([10, 12]);
    } finally {
      db.close();
    }
  });
});
