import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type PgBoss from 'pg-boss';
import { describe, expect, it } from 'vitest';
import { listInputFiles } from '../../src/ingest/listInputFiles.js';
import { completeJobs, completionParameters } from '../../src/services/queue/completeJobs.js';
import { enqueueFiles } from '../../src/services/queue/enqueueFiles.js';
import { BATCH_BACKLOG, FETCH_JOBS, fetchJobs } from '../../src/services/queue/fetchJobs.js';
import { INGEST_QUEUE, openIngestQueue } from '../../src/services/queue/ingestQueue.js';
import { runWorker, type JobResult } from '../../src/services/queue/runWorker.js';
import { openStore } from '../../src/store/openStore.js';
import { useEmbeddedPostgres } from './useEmbeddedPostgres.js';

const SAMPLES = fileURLToPath(new URL('../../samples/documents', import.meta.url));
const BATCH_CRASHING_WORKER = fileURLToPath(new URL('./batchCrashingWorker.ts', import.meta.url));

const server = useEmbeddedPostgres();

interface JobRow {
  readonly id: string;
  readonly state: string;
  readonly retry_count: number;
  readonly started: boolean;
  readonly completed: boolean;
  readonly output: unknown;
}

async function jobRows(client: pg.Client): Promise<Map<string, JobRow>> {
  const { rows } = await client.query<JobRow>(
    `SELECT id, state::text, retry_count, started_on IS NOT NULL AS started, completed_on IS NOT NULL AS completed, output FROM pgboss.job WHERE name = $1`,
    [INGEST_QUEUE],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

function storedVersions(url: string): { versions: number; shas: number } {
  const store = openStore(url);
  try {
    const ids = store.listLatestVersionIds();
    return { versions: ids.length, shas: new Set(ids.map((id) => store.getVersion(id)?.sha256)).size };
  } finally {
    store.close();
  }
}

function writeNotes(dir: string, count: number): string[] {
  return Array.from({ length: count }, (_, n) => {
    const path = join(dir, `note-${String(n).padStart(3, '0')}.txt`);
    writeFileSync(path, `Harbour log ${n}. The pilot boat left the quay at ${n % 24} o'clock.`);
    return path;
  });
}

describe('jobs taken and completed in batches (PostgreSQL)', () => {
  it('takes waiting jobs in the order sent, as pg-boss would, a batch at a time while enough wait, and completes each with its own output', async () => {
    const url = await server().createDatabase();
    const dir = mkdtempSync(join(tmpdir(), 'parallax-job-batches-'));
    const client = new pg.Client({ connectionString: url });
    let boss: PgBoss | undefined;
    try {
      const files = writeNotes(dir, 60);
      await enqueueFiles(url, files, { retryLimit: 2 });
      boss = await openIngestQueue(url);
      await client.connect();
      const taken: PgBoss.Job<{ sourcePath: string }>[] = [];
      const sizes: number[] = [];
      for (let batch = await fetchJobs(boss, 2); batch.length > 0; batch = await fetchJobs(boss, 2)) {
        sizes.push(batch.length);
        taken.push(...batch);
      }
      // Two at a time while BATCH_BACKLOG batches wait (8 jobs: 60, 58, ... 8), then one at a time,
      // oldest first within each batch: every job once, in the order sent.
      expect(BATCH_BACKLOG * 2).toBe(8);
      expect(sizes).toEqual([...Array<number>(27).fill(2), ...Array<number>(6).fill(1)]);
      expect(taken.map((job) => job.data.sourcePath)).toEqual(files);
      expect(taken.every((job) => job.name === INGEST_QUEUE && Number(job.expireInSeconds) === 600)).toBe(true);
      let rows = await jobRows(client);
      expect([...rows.values()].every((r) => r.state === 'active' && r.started && r.retry_count === 0)).toBe(true);

      // Two completed together, each with its output; a job failed meanwhile is not completed.
      await boss.fail(INGEST_QUEUE, taken[2]!.id, { code: 'internal', message: 'probe' });
      const completed = await completeJobs(boss, [0, 1, 2].map((n) => ({ id: taken[n]!.id, output: { status: 'stored', versionId: `ver_${n}` } })));
      expect(completed).toBe(2);
      rows = await jobRows(client);
      expect(rows.get(taken[0]!.id)).toMatchObject({ state: 'completed', completed: true, output: { status: 'stored', versionId: 'ver_0' } });
      expect(rows.get(taken[1]!.id)).toMatchObject({ state: 'completed', completed: true, output: { status: 'stored', versionId: 'ver_1' } });
      expect(rows.get(taken[2]!.id)).toMatchObject({ state: 'retry', completed: false });

      // The failed job comes back once its retry delay (1 s) has passed, its retry counted as pg-boss
      // counts it; the fetch that takes it completes two others, each with its output.
      await new Promise((resolve) => setTimeout(resolve, 1200));
      const [again, ...more] = await fetchJobs(boss, 2, [3, 4].map((n) => ({ id: taken[n]!.id, output: { status: 'unchanged', versionId: `ver_${n}` } })));
      expect(more).toEqual([]);
      expect(again?.id).toBe(taken[2]!.id);
      rows = await jobRows(client);
      expect(rows.get(taken[2]!.id)).toMatchObject({ state: 'active', retry_count: 1 });
      expect(rows.get(taken[4]!.id)).toMatchObject({ state: 'completed', completed: true, output: { status: 'unchanged', versionId: 'ver_4' } });
      expect([...rows.values()].filter((r) => r.state === 'completed')).toHaveLength(4);
    } finally {
      await boss?.stop({ graceful: false, wait: true });
      await client.end();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads a big queue through its indexes: the next jobs in the fetch order, the ones it completes and takes by id', async () => {
    const url = await server().createDatabase();
    const client = new pg.Client({ connectionString: url });
    const boss = await openIngestQueue(url);
    try {
      for (let n = 0; n < 4000; n += 500) {
        await boss.insert(Array.from({ length: 500 }, (_, k) => ({ name: INGEST_QUEUE, data: { sourcePath: `note-${n + k}.txt`, contentBase64: '' } })));
      }
      await client.connect();
      // Half of them done (completed jobs stay in the table for an hour), a few being worked on.
      await client.query(`UPDATE pgboss.job SET state = 'completed', completed_on = now() WHERE id IN (SELECT id FROM pgboss.job ORDER BY created_on LIMIT 2000)`);
      await client.query(`UPDATE pgboss.job SET state = 'active', started_on = now() WHERE id IN (SELECT id FROM pgboss.job WHERE state = 'created' ORDER BY created_on LIMIT 10)`);
      await client.query('VACUUM (ANALYZE) pgboss.job');
      const { rows: active } = await client.query<{ id: string }>(`SELECT id FROM pgboss.job WHERE state = 'active' LIMIT 2`);
      const [ids, outputs] = completionParameters(active.map(({ id }) => ({ id, output: { status: 'stored' } })));
      // Planned as the named statement keeps it (one plan for any parameters), run, then undone.
      await client.query('SET plan_cache_mode = force_generic_plan');
      await client.query(`PREPARE fetch_probe(text, int, int, uuid[], text) AS ${FETCH_JOBS}`);
      await client.query('BEGIN');
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN (ANALYZE, TIMING OFF, COSTS OFF) EXECUTE fetch_probe('${INGEST_QUEUE}', 2, 8, '{${ids.join(',')}}', '${outputs}')`,
      );
      await client.query('ROLLBACK');
      const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
      expect(plan).toMatch(/Index (Only )?Scan using \S*(parallax_job_fetch_order|name_priority_created_on_id)\S* on/);
      expect(plan).not.toMatch(/Sort Key: job\.priority/);
      expect(plan).not.toMatch(/Seq Scan/);
      // The jobs it completes are found by id.
      expect(plan).toMatch(/Index Cond: \(\(name = \$1\) AND \(id = ANY \(\$4\)\)\)/);
    } finally {
      await boss.stop({ graceful: false, wait: true });
      await client.end();
    }
  });

  it('retries every job of a worker that dies holding a batch, and stores each document once', async () => {
    const url = await server().createDatabase();
    const files = listInputFiles([SAMPLES]);
    // A short expiry so the dead worker's jobs come back within the test.
    await enqueueFiles(url, files, { expireInSeconds: 3 });
    const crashed = await new Promise<{ signal: string | null; first: JobResult }>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', BATCH_CRASHING_WORKER], {
        env: { ...process.env, PARALLAX_WORKER_URL: url },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.on('error', reject);
      child.on('exit', (_code, signal) => resolve({ signal, first: JSON.parse(out.trim()) as JobResult }));
    });
    expect(crashed.signal).toBe('SIGKILL');
    expect(crashed.first).toMatchObject({ outcome: { status: 'stored' } });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      // Its first job stored but not completed, the two others of its batch taken and not started.
      const rows = [...(await jobRows(client)).values()];
      expect(rows.filter((r) => r.state === 'active')).toHaveLength(3);
    } finally {
      await client.end();
    }
    expect(storedVersions(url).versions).toBe(1);

    const results: JobResult[] = [];
    const summary = await runWorker(url, { untilEmpty: true, pollMs: 200, maintenanceIntervalSeconds: 1, onJob: (r) => results.push(r) });
    // Every job once more is done: the stored one found unchanged, the others stored, once each.
    expect(summary).toMatchObject({ stored: files.length - 1, unchanged: 1, failed: 0, retried: 0 });
    expect(results.map((r) => r.path).sort()).toEqual([...files].sort());
    expect(results.find((r) => r.path === crashed.first.path)).toMatchObject({ outcome: { status: 'unchanged' } });
    expect(storedVersions(url)).toEqual({ versions: files.length, shas: files.length });
  }, 400_000);

  it('told to stop, finishes every job of the batch it holds and leaves the rest waiting, all completed', async () => {
    const url = await server().createDatabase();
    const files = listInputFiles([SAMPLES]);
    expect(files.length).toBeGreaterThanOrEqual(3 * BATCH_BACKLOG);
    await enqueueFiles(url, files);
    const stop = new AbortController();
    const summary = await runWorker(url, { pollMs: 100, batchSize: 3, signal: stop.signal, onJob: () => stop.abort() });
    expect(summary).toMatchObject({ stored: 3, failed: 0, retried: 0 });
    expect(storedVersions(url).versions).toBe(3);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const states = [...(await jobRows(client)).values()].map((r) => r.state);
      expect(states.filter((state) => state === 'completed')).toHaveLength(3);
      expect(states.filter((state) => state === 'created')).toHaveLength(files.length - 3);
    } finally {
      await client.end();
    }
  }, 400_000);

  it('stores every document once with two workers taking batches of three at the same time', async () => {
    const url = await server().createDatabase();
    const files = listInputFiles([SAMPLES]);
    await enqueueFiles(url, files);
    const paths: string[] = [];
    const options = { untilEmpty: true, pollMs: 100, batchSize: 3, onJob: (r: JobResult) => paths.push(r.path) };
    const summaries = await Promise.all([runWorker(url, options), runWorker(url, options)]);
    expect(summaries.reduce((n, s) => n + s.stored, 0)).toBe(files.length);
    expect(summaries.reduce((n, s) => n + s.unchanged + s.failed + s.retried, 0)).toBe(0);
    expect(paths.sort()).toEqual([...files].sort());
    expect(storedVersions(url)).toEqual({ versions: files.length, shas: files.length });
    // Every job completed, each with the outcome of its own document.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const rows = [...(await jobRows(client)).values()];
      expect(rows.map((r) => r.state)).toEqual(files.map(() => 'completed'));
      expect(new Set(rows.map((r) => (r.output as { versionId: string }).versionId)).size).toBe(files.length);
    } finally {
      await client.end();
    }
  }, 400_000);
});
