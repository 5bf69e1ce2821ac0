import pg from 'pg';
import { runAsWorker } from 'synckit';
import type { WorkerReply, WorkerRequest } from './workerProtocol.js';

// 64-bit integers (count(*), bigserial) come back as numbers: Parallax counts never near 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));

const clients = new Map<number, pg.Client>();
let nextId = 1;

function describeError(err: unknown): WorkerReply {
  const e = err as { message?: string; code?: string; constraint?: string; detail?: string };
  return {
    ok: false,
    error: { message: e.message ?? String(err), code: e.code ?? null, constraint: e.constraint ?? null, detail: e.detail ?? null },
  };
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
        const client = new pg.Client({ connectionString: request.url });
        await client.connect();
        // A lost connection must surface as an error on the next query, not crash the thread.
        client.on('error', () => {});
        const id = nextId++;
        clients.set(id, client);
        return { ok: true, connection: id, results: [] };
      }
      case 'run': {
        const client = clientOf(request.connection);
        const results: unknown[][] = [];
        for (const statement of request.statements) {
          const result: pg.QueryResult | pg.QueryResult[] = await client.query(statement.sql, statement.params as unknown[]);
          // Several statements in one text give one result each; the last one is the answer.
          results.push(Array.isArray(result) ? (result.at(-1)?.rows ?? []) : result.rows);
        }
        return { ok: true, connection: request.connection, results };
      }
      case 'close': {
        const client = clients.get(request.connection);
        clients.delete(request.connection);
        if (client) await client.end();
        return { ok: true, connection: request.connection, results: [] };
      }
    }
  } catch (err) {
    return describeError(err);
  }
}

/**
 * The other side of the synchronous bridge: this worker thread owns the pg clients and awaits
 * their queries while the main thread blocks in `createSyncFn`. One thread serves every
 * connection of the process, keyed by a number, because synckit keeps one worker per file.
 */
runAsWorker(handle);
