import pg from 'pg';
import { workerData } from 'node:worker_threads';
import { createStatementNames, type StatementNames } from './createStatementNames.js';
import { serveQueryThread } from './serveQueryThread.js';
import type { QueryThreadData } from './startQueryThread.js';
import { CONNECTION_DOES_NOT_EXIST, CONNECTION_FAILURE, STORE_APPLICATION_NAME, toErrorReply, type Statement, type WorkerReply, type WorkerRequest } from './workerProtocol.js';

// 64-bit integers (count(*), bigserial) come back as numbers: Parallax counts never near 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));

const clients = new Map<number, pg.Client>();
let nextId = 1;

// Statements with parameters run as named prepared statements from their second use on (createStatementNames).
const namesByClient = new WeakMap<pg.Client, StatementNames>();

function toQuery(client: pg.Client, sql: string, params: readonly unknown[] | undefined): pg.QueryConfig {
  if (!params || params.length === 0) return { text: sql };
  let names = namesByClient.get(client);
  if (!names) namesByClient.set(client, (names = createStatementNames('parallax')));
  const name = names.nameOf(sql);
  return name ? { text: sql, values: params as unknown[], name } : { text: sql, values: params as unknown[] };
}

/** Several statements in one text give one result each; the last one is the answer. */
function rowsOf(result: pg.QueryResult | pg.QueryResult[]): unknown[] {
  return Array.isArray(result) ? (result.at(-1)?.rows ?? []) : result.rows;
}

// Clients whose connection to the server has ended (server restart, connection killed, network).
const ended = new WeakSet<pg.Client>();

/**
 * A query's failure as a reply. A failure because the connection is gone gets SQLSTATE class 08
 * (connection exception) when the server sent no code of its own, so the calling thread can tell
 * it from a failure of the statement (openConnection reconnects on it).
 */
function failureOf(err: unknown, client: pg.Client): WorkerReply {
  const reply = toErrorReply(err);
  if (reply.ok || reply.error.code) return reply;
  const lost = ended.has(client) || /connection terminated|not queryable|ECONNRESET|EPIPE|socket/i.test(reply.error.message);
  return lost ? { ok: false, error: { ...reply.error, code: CONNECTION_FAILURE } } : reply;
}

function clientOf(connection: number): pg.Client {
  const client = clients.get(connection);
  if (!client) throw new Error(`PostgreSQL connection ${connection} is closed.`);
  return client;
}

async function handle(request: WorkerRequest): Promise<WorkerReply> {
  try {
    switch (request.op) {
      case 'open': {
        // Pipeline mode: queries submitted together go out together (see 'run'); one at a time they
        // behave as without it.
        // Named in pg_stat_activity, so an operator can tell a Parallax store's connection from
        // the queue's ("pgboss"), unless the URL names it already.
        const named = /[?&]application_name=/.test(request.url);
        const client = new pg.Client({ connectionString: request.url, pipeline: true, ...(named ? {} : { application_name: STORE_APPLICATION_NAME }) });
        await client.connect();
        // A lost connection must surface as an error on the next query, not crash the thread.
        client.on('error', () => {});
        client.on('end', () => ended.add(client));
        const id = nextId++;
        clients.set(id, client);
        return { ok: true, connection: id, results: [] };
      }
      case 'run': {
        const client = clientOf(request.connection);
        // Found gone before anything was sent: the caller may safely send it again on a new connection.
        if (ended.has(client)) return toErrorReply({ message: 'the connection to the server was lost', code: CONNECTION_DOES_NOT_EXIST });
        const run = (statement: Statement) => client.query(toQuery(client, statement.sql, statement.params)) as Promise<pg.QueryResult | pg.QueryResult[]>;
        try {
          if (request.pipelined && request.statements.length > 1) {
            // All on the wire at once: one network round trip instead of one per statement.
            const settled = await Promise.allSettled(request.statements.map(run));
            const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
            if (failed) return failureOf(failed.reason, client);
            return { ok: true, connection: request.connection, results: settled.map((s) => rowsOf((s as PromiseFulfilledResult<pg.QueryResult | pg.QueryResult[]>).value)) };
          }
          const results: unknown[][] = [];
          for (const statement of request.statements) results.push(rowsOf(await run(statement)));
          return { ok: true, connection: request.connection, results };
        } catch (err) {
          return failureOf(err, client);
        }
      }
      case 'close': {
        const client = clients.get(request.connection);
        clients.delete(request.connection);
        // A client whose connection has ended has nothing to close (and end() would wait for an 'end' already past).
        if (client && !ended.has(client)) await client.end();
        return { ok: true, connection: request.connection, results: [] };
      }
    }
  } catch (err) {
    return toErrorReply(err);
  }
}

// The other side of the synchronous bridge (startQueryThread): this worker thread owns the pg
// clients and awaits their queries while the main thread sleeps on the shared flag. One thread
// serves every connection of the process, keyed by a number.
serveQueryThread(workerData as QueryThreadData, handle);
