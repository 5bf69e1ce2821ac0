import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { listInputFiles } from '../../src/ingest/listInputFiles.js';
import { parseDocument } from '../../src/ingest/parseDocument.js';
import { placementLockKeys } from '../../src/services/incidents/lockKeys.js';
import { analyseVersion } from '../../src/services/ingest/applyAnalysis.js';
import { ingestPaths } from '../../src/services/ingest/ingestPaths.js';
import { enqueueFiles } from '../../src/services/queue/enqueueFiles.js';
import { INGEST_QUEUE, openIngestQueue } from '../../src/services/queue/ingestQueue.js';
import { ingestWithWorkers } from '../../src/services/queue/ingestWithWorkers.js';
import { runWorker, type JobResult } from '../../src/services/queue/runWorker.js';
import { openStore } from '../../src/store/openStore.js';
import { runCli } from '../../src/cli/testing/runCli.js';
import { toKeyLockStatement } from '../../src/store/postgres/lockKeys.js';
import { useEmbeddedPostgres } from './useEmbeddedPostgres.js';

const SAMPLES = fileURLToPath(new URL('../../samples/documents', import.meta.url));
const CRASHING_WORKER = fileURLToPath(new URL('./crashingWorker.ts', import.meta.url));
const TERMINATE_STORE_CONNECTIONS = fileURLToPath(new URL('./terminateStoreConnections.mjs', import.meta.url));

const server = useEmbeddedPostgres();

/** What the embedded store makes of the same files, ingested one by one: the reference. */
function ingestInSqlite(): { versions: number; incidents: number } {
  const store = openStore(':memory:');
  try {
    ingestPaths(store, [SAMPLES]);
    return { versions: store.listLatestVersionIds().length, incidents: store.countIncidents() };
  } finally {
    store.close();
  }
}

function countStored(url: string): { versions: number; incidents: number; shas: string[] } {
  const store = openStore(url);
  try {
    const ids = store.listLatestVersionIds();
    const shas = ids.map((id) => store.getVersion(id)?.sha256 ?? '');
    return { versions: ids.length, incidents: store.countIncidents(), shas };
  } finally {
    store.close();
  }
}

function runCrashingWorker(url: string): Promise<{ signal: string | null; path: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CRASHING_WORKER], {
      env: { ...process.env, PARALLAX_WORKER_URL: url },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ signal, path: out.trim() }));
  });
}

describe('ingestion as jobs on PostgreSQL', () => {
  const files = listInputFiles([SAMPLES]);

  it('stores every sample exactly once with two warmed-up worker processes, and a second round changes nothing', async () => {
    const url = await server().createDatabase();
    // Each worker first ingests these into a scratch database of its own: none reaches the queue's.
    const warmUpDir = mkdtempSync(join(tmpdir(), 'parallax-warm-up-'));
    writeFileSync(join(warmUpDir, 'warm-1.txt'), 'Deputies stopped a delivery van on Route 9 on Monday, a spokesperson said.');
    writeFileSync(join(warmUpDir, 'warm-2.txt'), '"Nobody was hurt," the driver told a reporter after agents let him go.');
    const result = await ingestWithWorkers(url, files, 2, { warmUpDir }).finally(() => rmSync(warmUpDir, { recursive: true, force: true }));
    expect(result.stored).toBe(files.length);
    expect(result.failed).toBe(0);
    expect(result.articlesPerSecond).toBeGreaterThan(0);
    // The span the rate is measured over, and the workers' CPU within it (the bench's CPU per article).
    expect(result.lastJobAt! - result.firstJobAt!).toBeCloseTo(result.seconds * 1000, 0);
    expect(result.workerCpuSeconds).toBeGreaterThan(0);
    const stored = countStored(url);
    expect(stored.versions).toBe(files.length);
    expect(new Set(stored.shas).size).toBe(files.length);
    // Writes about one incident wait for each other (keyed locks), so concurrent workers place
    // documents in incidents as one process would.
    expect(stored.incidents).toBe(ingestInSqlite().incidents);

    const again = await enqueueFiles(url, files);
    expect(again.enqueued).toBe(files.length);
    const summary = await runWorker(url, { untilEmpty: true, pollMs: 100 });
    expect(summary).toMatchObject({ stored: 0, unchanged: files.length, failed: 0 });
    expect(countStored(url).versions).toBe(files.length);
  }, 400_000);

  it('keeps aside a document whose incident another worker is writing, and stores the next one meanwhile', async () => {
    const url = await server().createDatabase();
    const [first, second] = [join(SAMPLES, 'charlotte-cruz-benitez', '01-agency-statement.txt'), join(SAMPLES, 'columbus-lucero', '01-agency-statement.txt')];
    const doc = parseDocument(readFileSync(first), { fileName: first });
    const keys = placementLockKeys(analyseVersion(doc, 'ver_probe').drafts);
    expect(keys.length).toBeGreaterThan(0);
    // Another worker, mid-way through storing a document about the first one's incident.
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    try {
      // Only its key locks: a shared writer lock would also hold up the worker's own start (openStore checks migrations exclusively).
      await holder.query(`BEGIN; ${toKeyLockStatement(keys)}`);
      // Two calls, so the first file is the older job and is taken first.
      await enqueueFiles(url, [first]);
      await enqueueFiles(url, [second]);
      const started: string[] = [];
      const done: string[] = [];
      const summary = await runWorker(url, {
        untilEmpty: true,
        pollMs: 100,
        onJobStart: (path) => started.push(path),
        onJob: (r) => {
          done.push(r.path);
          // The other worker commits once this one has stored something else.
          if (r.path === second) void holder.query('COMMIT');
        },
      });
      expect(started).toEqual([first, second]);
      expect(done).toEqual([second, first]);
      expect(summary).toMatchObject({ stored: 2, failed: 0, retried: 0, keptAside: 1 });
      expect(countStored(url).versions).toBe(2);
    } finally {
      await holder.end();
    }
  }, 400_000);

  it('asks for the next job while it works on one: told to stop, it finishes that job too and leaves the rest waiting', async () => {
    const url = await server().createDatabase();
    await enqueueFiles(url, files.slice(0, 3));
    const stop = new AbortController();
    const done: string[] = [];
    const summary = await runWorker(url, {
      pollMs: 100,
      signal: stop.signal,
      onJob: (r) => {
        done.push(r.path);
        stop.abort();
      },
    });
    // The first job, and the one taken ahead while it was analysed: a job taken is never left to expire.
    expect(summary).toMatchObject({ stored: 2, failed: 0, retried: 0 });
    expect(new Set(done).size).toBe(2);
    expect(countStored(url).versions).toBe(2);
    // Both completions reached the queue before the worker returned; the third job was never taken.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ state: string; n: number }>(`SELECT state, count(*)::int AS n FROM pgboss.job WHERE name = $1 GROUP BY state ORDER BY state`, [INGEST_QUEUE]);
      expect(Object.fromEntries(rows.map((r) => [r.state, r.n]))).toEqual({ completed: 2, created: 1 });
    } finally {
      await client.end();
    }
  }, 400_000);

  it('opens the queue from several workers at once on a fresh database', async () => {
    for (let round = 0; round < 3; round++) {
      const url = await server().createDatabase();
      const opened = await Promise.allSettled(Array.from({ length: 4 }, () => openIngestQueue(url)));
      await Promise.all(opened.map((o) => (o.status === 'fulfilled' ? o.value.stop({ graceful: false, wait: true }) : null)));
      expect(opened.filter((o) => o.status === 'rejected').map((o) => String((o as PromiseRejectedResult).reason))).toEqual([]);
    }
  }, 400_000);

  it('goes on, on a new connection, when the server ends the worker\'s store connection as a job starts', async () => {
    const url = await server().createDatabase();
    await enqueueFiles(url, files.slice(0, 4));
    let ended = 0;
    const summary = await runWorker(url, {
      untilEmpty: true,
      pollMs: 100,
      // As the first job starts, its store connection is gone: the job's first transaction opens on a new one.
      onJobStart: () => {
        if (!ended) ended = Number(execFileSync(process.execPath, [TERMINATE_STORE_CONNECTIONS, url], { encoding: 'utf8' }));
      },
    });
    expect(ended).toBe(1);
    expect(summary).toMatchObject({ stored: 4, failed: 0, retried: 0 });
    expect(countStored(url).versions).toBe(4);
  }, 400_000);

  it('stops a worker that cannot reach its database any more, handing its jobs back instead of failing every one', async () => {
    const url = await server().createDatabase();
    await enqueueFiles(url, files.slice(0, 4));
    const results: JobResult[] = [];
    let ended = 0;
    const run = runWorker(url, {
      pollMs: 100,
      // While the first job is being worked on, the server ends the worker's store connection and takes no new one.
      onJobStart: () => {
        if (!ended) ended = Number(execFileSync(process.execPath, [TERMINATE_STORE_CONNECTIONS, url, '--refuse-new'], { encoding: 'utf8' }));
      },
      onJob: (r) => results.push(r),
    });
    await expect(run).rejects.toMatchObject({ code: 'database_error', message: expect.stringContaining('no longer answers') });
    expect(ended).toBe(1);
    // One job failed (handed back for retry), and no other was taken and failed after it.
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ willRetry: true });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ state: string; n: number }>(`SELECT state, count(*)::int AS n FROM pgboss.job WHERE name = $1 GROUP BY state ORDER BY state`, [INGEST_QUEUE]);
      // The failed job and the one taken ahead wait for a retry; the others were never taken.
      expect(Object.fromEntries(rows.map((r) => [r.state, r.n]))).toEqual({ created: 2, retry: 2 });
      // The server takes store connections again.
      execFileSync(process.execPath, [TERMINATE_STORE_CONNECTIONS, url, '--allow']);
    } finally {
      await client.end();
    }
    // A worker with a working connection then stores every document, each once.
    const summary = await runWorker(url, { untilEmpty: true, pollMs: 100, maintenanceIntervalSeconds: 1 });
    expect(summary).toMatchObject({ stored: 4, failed: 0 });
    expect(countStored(url).versions).toBe(4);
  }, 400_000);

  it('ends `parallax worker --concurrency 2` with the error when one of its workers cannot reach its database, stopping the other', async () => {
    const url = await server().createDatabase();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const run = runCli(['worker', '--concurrency', '2', '--db', url]);
      // Both workers have opened their stores and wait on the empty queue.
      const storeConnections = async (): Promise<number> =>
        (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'parallax'`)).rows[0].n;
      for (let waited = 0; (await storeConnections()) < 2; waited += 100) {
        if (waited > 120_000) throw new Error('the two workers did not open their stores');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(execFileSync(process.execPath, [TERMINATE_STORE_CONNECTIONS, url, '--refuse-new'], { encoding: 'utf8' }).trim()).toBe('2');
      // No retry: only the worker that takes it meets the lost connection, the other stays idle.
      await enqueueFiles(url, files.slice(0, 1), { retryLimit: 0 });
      const result = await run;
      expect(result.code).not.toBe(0);
      expect(result.stderr, result.stderr).toContain('no longer answers');
      const { rows } = await client.query<{ state: string; n: number }>(`SELECT state, count(*)::int AS n FROM pgboss.job WHERE name = $1 GROUP BY state`, [INGEST_QUEUE]);
      expect(Object.fromEntries(rows.map((r) => [r.state, r.n]))).toEqual({ failed: 1 });
      // The other worker stopped too: no process of the group still holds a queue connection.
      const queueConnections = async (): Promise<number> =>
        (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'pgboss'`)).rows[0].n;
      for (let waited = 0; (await queueConnections()) > 0 && waited < 5_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await queueConnections()).toBe(0);
    } finally {
      await client.end();
    }
  }, 400_000);

  it('retries the job of a worker killed mid-transaction, and stores that document once, whole', async () => {
    const url = await server().createDatabase();
    // A short expiry so the dead worker's job comes back within the test.
    await enqueueFiles(url, files, { expireInSeconds: 3 });
    const crash = await runCrashingWorker(url);
    expect(crash.signal).toBe('SIGKILL');
    expect(files).toContain(crash.path);
    expect(countStored(url).versions).toBe(0);

    const seen: string[] = [];
    const summary = await runWorker(url, {
      untilEmpty: true,
      pollMs: 200,
      maintenanceIntervalSeconds: 1,
      onJob: (r) => seen.push(r.path),
    });
    expect(summary.stored).toBe(files.length);
    expect(seen.filter((p) => p === crash.path)).toHaveLength(1);
    const stored = countStored(url);
    expect(stored.versions).toBe(files.length);
    expect(new Set(stored.shas).size).toBe(files.length);
  }, 400_000);
});
