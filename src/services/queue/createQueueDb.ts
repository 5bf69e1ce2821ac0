import { EventEmitter } from 'node:events';
import pg from 'pg';
import { createStatementNames } from '../../store/postgres/createStatementNames.js';

/** What pg-boss asks of the database it is given (its `db` option), plus the pool's life. */
export interface QueueDb extends EventEmitter {
  /** Tells pg-boss to open and close it as its own (start() opens it, stop() closes it) and to pass on its 'error' events. */
  readonly isOurs: true;
  readonly events: { readonly error: 'error' };
  readonly opened: boolean;
  open(): Promise<void>;
  close(): Promise<void>;
  executeSql(text: string, values?: unknown[]): Promise<pg.QueryResult>;
}

/**
 * pg-boss's database, as its own (a pool of `max` connections named "pgboss" on the server) but
 * running each of its queries that repeats with parameters as a named prepared statement
 * (createStatementNames). A worker asks for a job and completes one per document: unnamed, the
 * server parsed and planned both every time, about 0.7 ms of its CPU per document, most of it
 * beside the worker's own work (the next job is asked for ahead, the completion not awaited),
 * which takes a core from a second worker. The texts and their results are pg-boss's own.
 */
export function createQueueDb(connectionString: string, max: number): QueueDb {
  const names = createStatementNames('parallax_queue');
  let pool: pg.Pool | null = null;
  const db = Object.assign(new EventEmitter(), {
    isOurs: true as const,
    events: { error: 'error' as const },
    opened: false,
    async open() {
      pool = new pg.Pool({ connectionString, max, application_name: 'pgboss' });
      pool.on('error', (error) => db.emit('error', error));
      db.opened = true;
    },
    async close() {
      if (!pool || pool.ending) return;
      db.opened = false;
      await pool.end();
    },
    async executeSql(text: string, values?: unknown[]) {
      // As pg-boss's own: nothing once closed (its timers may still fire while it stops).
      if (!pool || !db.opened) return undefined as unknown as pg.QueryResult;
      const name = values?.length ? names.nameOf(text) : undefined;
      return pool.query(name ? { name, text, values } : { text, values });
    },
  });
  return db;
}
