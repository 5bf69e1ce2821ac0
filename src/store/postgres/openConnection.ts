import { fileURLToPath } from 'node:url';
import { ParallaxError } from '../../lib/errors.js';
import type { TransactionMode } from '../Store.js';
import { startQueryThread } from './startQueryThread.js';
import { mayResend, opensTransaction } from './mayResend.js';
import { CONNECTION_FAILURE, isConnectionLost, type Statement, type WorkerReply, type WorkerRequest } from './workerProtocol.js';

/** A synchronous PostgreSQL connection: every call blocks until the server has answered. */
export interface PgConnection {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): R[];
  /**
   * Runs several statements in one round trip to the worker; stops at the first failure. Inside a
   * transaction they also go to the server together (pipelined), in one network round trip.
   */
  batch(statements: readonly Statement[]): unknown[][];
  /**
   * All-or-nothing; nested calls become savepoints, like better-sqlite3's transactions. `keyed`
   * takes the writer lock shared instead of exclusive (see Store.transaction); a nested call's
   * mode is the outermost one's.
   */
  transaction<T>(fn: () => T, mode?: TransactionMode): T;
  /** Sends `sql` (no parameters, no result wanted) ahead of the next statement, in the same round trip. */
  defer(sql: string): void;
  /**
   * Writes whose answer nobody reads. Inside a keyed transaction they travel with the next
   * statement (or the COMMIT), costing no round trip of their own, and a failure among them fails
   * that statement and the whole transaction: an ingest never goes on after a failed write.
   * Anywhere else they run at once, as `batch`, so a caller may catch a failure and go on.
   */
  writeLater(statements: readonly Statement[]): void;
  /**
   * Reads on one snapshot (REPEATABLE READ, READ ONLY) without the writer lock, so readers never
   * wait for a writer; inside a transaction, simply part of it (`nested`). `SET LOCAL` in `fn`
   * ends with it only when it is outermost: a nested reader puts its settings back itself.
   */
  read<T>(fn: (nested: boolean) => T): T;
  /** A number for the outermost transaction now open (each gets a new one), 0 outside any. */
  transactionSerial(): number;
  close(): void;
}

const WORKER_PATH = fileURLToPath(new URL('./queryWorker.mjs', import.meta.url));
// Connecting to a server that does not answer should fail, not hang the process forever.
const TIMEOUT_MS = 120_000;

let callWorker: ((request: WorkerRequest) => WorkerReply) | null = null;

function send(request: WorkerRequest): WorkerReply & { ok: true } {
  callWorker ??= startQueryThread(WORKER_PATH, TIMEOUT_MS);
  const reply = callWorker(request);
  if (!reply.ok) {
    throw new ParallaxError('database_error', `PostgreSQL: ${reply.error.message}`, {
      sqlstate: reply.error.code,
      constraint: reply.error.constraint,
      detail: reply.error.detail,
    });
  }
  return reply;
}

/** Hides the password of a URL so it can appear in an error message. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

/**
 * Queued statements as they go out: neighbours without parameters (transaction control, key
 * locks) joined into one text of several commands, one message rather than one each; a statement
 * with parameters stays on its own.
 */
function toControlStatements(pending: readonly Statement[]): Statement[] {
  const out: Statement[] = [];
  let texts: string[] = [];
  const flush = (): void => {
    if (texts.length) out.push({ sql: texts.join('; ') });
    texts = [];
  };
  for (const statement of pending) {
    if (statement.params?.length) {
      flush();
      out.push(statement);
    } else texts.push(statement.sql);
  }
  flush();
  return out;
}

/** Key of the advisory lock every outermost transaction takes, exclusive or shared (see openConnection). */
export const WRITER_LOCK_KEY = 0x50524c57; // "PRLW"

/** The code of the process warning a store emits when it has replaced a lost connection. */
export const RECONNECTED_WARNING = 'PARALLAX_PG_RECONNECTED';

function connect(url: string): number {
  try {
    return send({ op: 'open', url }).connection;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new ParallaxError('database_error', `Cannot connect to ${redactUrl(url)}: ${message}`, {});
  }
}

/** The failure is the connection's, not the statement's (see isConnectionLost). */
function lostConnection(err: unknown): boolean {
  return err instanceof ParallaxError && isConnectionLost(err.details.sqlstate);
}

/**
 * Opens one pg Client held by the query worker thread (startQueryThread): the Store interface is
 * synchronous because the whole pipeline is, so the main thread waits for each answer.
 *
 * Every outermost transaction first takes one advisory lock. An exclusive transaction takes it
 * exclusively, so it runs alone, like SQLite's single writer: the pipeline reads then writes
 * (is there an incident this draft joins? then rebuild it), and two writers doing that at once on
 * READ COMMITTED would found the same incident twice or lose a rebuild. A keyed transaction takes
 * it shared and locks the finer keys of what it reads itself (lockKeys.ts), so ingest workers
 * about different incidents run at the same time.
 *
 * A connection the server ends is replaced by a new one at the next statement. A request is sent
 * again on the new connection only when nothing of it can have taken effect (mayResend). The rest
 * of a transaction under way is never re-sent: that transaction fails, and the next one starts on
 * the new connection.
 */
export function openConnection(url: string): PgConnection {
  let connection = connect(url);
  // The server ended the connection (restart, failover, killed): the next transaction starts on a new one.
  let lost = false;
  const reconnect = (): void => {
    try {
      send({ op: 'close', connection });
    } catch {
      // Nothing to close on a connection already gone.
    }
    connection = connect(url);
    lost = false;
    // Said once per new connection, so an operator sees the server's restart in the process's own log.
    process.emitWarning(`PostgreSQL: the connection to ${redactUrl(url)} was lost; continuing on a new one.`, { code: RECONNECTED_WARNING });
  };
  let depth = 0;
  let serial = 0;
  let keyed = false;
  let closed = false;
  // Transaction control, and a keyed transaction's writes (writeLater), waiting to travel with the
  // next statement: each round trip to the worker thread costs far more than the statement itself,
  // and SAVEPOINT/RELEASE were most of them.
  let pending: Statement[] = [];
  const batch = (statements: readonly Statement[]): unknown[][] => {
    if (closed) throw new ParallaxError('database_error', 'The PostgreSQL connection is closed.');
    const control = toControlStatements(pending);
    pending = [];
    // Queued control only ever opens, continues or ends a transaction: with it, or inside one,
    // the statements may travel together (a failure aborts the rest).
    const pipelined = depth > 0 || control.length > 0;
    const run = (): unknown[][] => send({ op: 'run', connection, statements: [...control, ...statements], pipelined }).results.slice(control.length);
    if (lost) {
      // Mid-transaction, the transaction went with the connection: only a new one may reconnect.
      if (!opensTransaction(control) && depth > 0) throw new ParallaxError('database_error', 'PostgreSQL: the connection was lost during this transaction.', { sqlstate: CONNECTION_FAILURE });
      reconnect();
    }
    try {
      return run();
    } catch (err) {
      if (!lostConnection(err)) throw err;
      lost = true;
      if (!mayResend({ control, statements, depth, sqlstate: (err as ParallaxError).details.sqlstate })) throw err;
      reconnect();
      return run();
    }
  };
  return {
    query: <R>(sql: string, params: readonly unknown[] = []) => batch([{ sql, params }])[0] as R[],
    batch,
    defer(sql: string) {
      pending.push({ sql });
    },
    writeLater(statements) {
      if (depth > 0 && keyed) pending.push(...statements);
      else batch(statements);
    },
    transaction<T>(fn: () => T, mode: TransactionMode = 'exclusive'): T {
      const outermost = depth === 0;
      const savepoint = `parallax_sp_${depth}`;
      const writerLock = mode === 'keyed' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock';
      const begin: Statement = { sql: outermost ? `BEGIN; SELECT ${writerLock}(${WRITER_LOCK_KEY})` : `SAVEPOINT ${savepoint}` };
      if (outermost) {
        keyed = mode === 'keyed';
        serial += 1;
      }
      pending.push(begin);
      // Still queued at the end means nothing ran inside: there is nothing to commit or undo.
      const unsent = (): boolean => pending.at(-1) === begin;
      depth += 1;
      let result: T;
      try {
        result = fn();
      } catch (err) {
        depth -= 1;
        if (unsent()) pending.pop();
        else if (outermost) {
          pending = [];
          // A lost connection took its transaction with it: nothing to roll back.
          if (!lost) batch([{ sql: 'ROLLBACK' }]);
        } else pending.push({ sql: `ROLLBACK TO SAVEPOINT ${savepoint}` }, { sql: `RELEASE SAVEPOINT ${savepoint}` });
        throw err;
      }
      depth -= 1;
      if (unsent()) pending.pop();
      // COMMIT is sent at once, with whatever is queued: the caller must know it held.
      else if (outermost) batch([{ sql: 'COMMIT' }]);
      else pending.push({ sql: `RELEASE SAVEPOINT ${savepoint}` });
      return result;
    },
    read<T>(fn: (nested: boolean) => T): T {
      if (depth > 0) return fn(true);
      const begin: Statement = { sql: 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY' };
      pending.push(begin);
      serial += 1;
      depth += 1;
      let result: T;
      try {
        result = fn(false);
      } catch (err) {
        depth -= 1;
        if (pending.at(-1) === begin) pending.pop();
        else {
          pending = [];
          if (!lost) batch([{ sql: 'ROLLBACK' }]);
        }
        throw err;
      }
      depth -= 1;
      // Sent at once: an idle connection must not sit in a transaction, holding its snapshot.
      if (pending.at(-1) === begin) pending.pop();
      else batch([{ sql: 'COMMIT' }]);
      return result;
    },
    transactionSerial: () => (depth > 0 ? serial : 0),
    close() {
      if (closed) return;
      closed = true;
      send({ op: 'close', connection });
    },
  };
}
