import pg from 'pg';
import { runAsWorker } from 'synckit';
import type { WorkerReply, WorkerRequest } from './workerProtocol.js';

// 64-bit integers (count(*), bigserial) come back as numbers: Parallax counts never near 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));

const clients = new Map<number, pg.Client>();
let nextId = 1;

// Statements with parameters run as named prepared statements from their second use on: the
// server parses and plans them once per connection, and the client skips the parse and
// row-description traffic (about a third of a short query's CPU on both sides). One-off texts
// (a multi-row insert's shape, inlined lock ids) are not named until they repeat; the number of
// names per connection is capped.
const MAX_NAMED = 400;
const MAX_NAMED_LENGTH = 4000;
const namesByClient = new WeakMap<pg.Client, { seen: Set<string>; names: Map<string, string> }>();

function toQuery(client: pg.Client, sql: string, params: readonly unknown[] | undefined): pg.QueryConfig {
  if (!params || params.length === 0) return { text: sql };
  if (sql.length > MAX_NAMED_LENGTH) return { text: sql, values: params as unknown[] };
  let cache = namesByClient.get(client);
  if (!cache) namesByClient.set(client, (cache = { seen: new Set(), names: new Map() }));
  let name = cache.names.get(sql);
  if (!name && cache.names.size < MAX_NAMED) {
    if (cache.seen.has(sql)) {
      name = `parallax_${cache.names.size + 1}`;
      cache.names.set(sql, name);
    } else if (cache.seen.size < MAX_NAMED * 10) cache.seen.add(sql);
  }
  return name ? { text: sql, values: params as unknown[], name } : { text: sql, values: params as unknown[] };
}

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
          const result: pg.QueryResult | pg.QueryResult[] = await client.query(toQuery(client, statement.sql, statement.params));
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
