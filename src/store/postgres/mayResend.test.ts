import { describe, expect, it } from 'vitest';
import { mayResend, opensTransaction } from './mayResend.js';
import { CONNECTION_DOES_NOT_EXIST, CONNECTION_FAILURE } from './workerProtocol.js';

const begin = { sql: 'BEGIN; SELECT pg_advisory_xact_lock(1)' };
const write = { sql: 'INSERT INTO t VALUES ($1)', params: [1] };
const read = { sql: 'SELECT * FROM t WHERE id = $1', params: [1] };

describe('mayResend', () => {
  it('sends again a batch that opens the transaction and does not commit it', () => {
    expect(mayResend({ control: [begin], statements: [read], depth: 1, sqlstate: CONNECTION_FAILURE })).toBe(true);
    expect(mayResend({ control: [begin, write], statements: [read], depth: 1, sqlstate: '57P01' })).toBe(true);
  });

  it('never sends again a batch that commits, even one that also opened its transaction', () => {
    expect(mayResend({ control: [begin, write], statements: [{ sql: 'COMMIT' }], depth: 0, sqlstate: CONNECTION_FAILURE })).toBe(false);
    expect(mayResend({ control: [{ sql: 'BEGIN; SELECT 1; COMMIT' }], statements: [], depth: 0, sqlstate: CONNECTION_FAILURE })).toBe(false);
  });

  it('never sends again the rest of a transaction, nor a statement on its own that may have reached the server', () => {
    expect(mayResend({ control: [], statements: [write], depth: 1, sqlstate: CONNECTION_FAILURE })).toBe(false);
    expect(mayResend({ control: [{ sql: 'SAVEPOINT parallax_sp_1' }], statements: [write], depth: 2, sqlstate: CONNECTION_FAILURE })).toBe(false);
    expect(mayResend({ control: [], statements: [write], depth: 0, sqlstate: CONNECTION_FAILURE })).toBe(false);
  });

  it('sends again plain reads outside a transaction, sent or not: they change nothing', () => {
    expect(mayResend({ control: [], statements: [read, read], depth: 0, sqlstate: CONNECTION_FAILURE })).toBe(true);
    expect(mayResend({ control: [], statements: [read, write], depth: 0, sqlstate: CONNECTION_FAILURE })).toBe(false);
    expect(mayResend({ control: [], statements: [read], depth: 1, sqlstate: CONNECTION_FAILURE })).toBe(false);
    for (const sql of ['SELECT nextval($1)', 'SELECT pg_advisory_lock(1)', 'SELECT * FROM t FOR UPDATE', 'SELECT 1; DELETE FROM t', 'WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d']) {
      expect(mayResend({ control: [], statements: [{ sql }], depth: 0, sqlstate: CONNECTION_FAILURE }), sql).toBe(false);
    }
  });

  it('sends again whatever never left, outside a transaction (the connection was found gone first)', () => {
    expect(mayResend({ control: [], statements: [write], depth: 0, sqlstate: CONNECTION_DOES_NOT_EXIST })).toBe(true);
    expect(mayResend({ control: [begin, write], statements: [{ sql: 'COMMIT' }], depth: 0, sqlstate: CONNECTION_DOES_NOT_EXIST })).toBe(true);
    // Inside a transaction its earlier statements went with the connection: never.
    expect(mayResend({ control: [], statements: [write], depth: 1, sqlstate: CONNECTION_DOES_NOT_EXIST })).toBe(false);
  });
});

describe('opensTransaction', () => {
  it('is true only when the queued control starts with BEGIN', () => {
    expect(opensTransaction([begin])).toBe(true);
    expect(opensTransaction([{ sql: 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY' }])).toBe(true);
    expect(opensTransaction([{ sql: 'SAVEPOINT parallax_sp_1' }])).toBe(false);
    expect(opensTransaction([])).toBe(false);
  });
});
