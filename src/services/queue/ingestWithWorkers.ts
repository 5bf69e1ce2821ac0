import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ParallaxError } from '../../lib/errors.js';
import { enqueueFiles } from './enqueueFiles.js';
import type { QueueOptions } from './ingestQueue.js';
import type { WorkerSummary } from './runWorker.js';

export interface WorkersResult {
  readonly files: number;
  readonly workers: number;
  readonly stored: number;
  readonly unchanged: number;
  readonly failed: number;
  readonly retried: number;
  /** Times a worker kept a document aside while another wrote its incident (runWorker). */
  readonly keptAside: number;
  /** From the first job taken to the last job finished, over all workers (start-up excluded). */
  readonly seconds: number;
  /** When that span began and ended (epoch ms), null when no job ran. */
  readonly firstJobAt: number | null;
  readonly lastJobAt: number | null;
  /** Documents dealt with (stored, unchanged or failed) per second of `seconds`. */
  readonly articlesPerSecond: number;
  /** Everything, enqueueing and process start-up included. */
  readonly wallSeconds: number;
  /** CPU seconds the worker processes spent (all their threads) between their first job and their last. */
  readonly workerCpuSeconds: number;
}

const WORKER_ENTRY = fileURLToPath(new URL('./workerProcess.ts', import.meta.url));

/** The line a warmed-up worker prints before it waits for `go` (workerProcess.ts). */
export const WORKER_READY = '{"warmedUp":true}';

interface ChildReport extends WorkerSummary {
  readonly firstStart: number | null;
  readonly lastEnd: number | null;
  readonly cpuMs: number;
}

export interface SpawnedWorker {
  /** Its report, once the queue is drained. */
  readonly done: Promise<ChildReport>;
  /** With a warm-up: resolves once it has warmed up and waits for `go` (at once without one). */
  readonly ready: Promise<void>;
  /** Lets a warmed-up worker start taking jobs. */
  go(): void;
  kill(): void;
  stop(): void;
}

/**
 * Starts one worker child process. With `warmUpDir`, it first ingests the files there into a
 * scratch database of its own, then waits for `go` before taking a job.
 */
export function spawnWorker(url: string, env: Readonly<Record<string, string>> = {}, warmUpDir?: string): SpawnedWorker {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER_ENTRY], {
    env: { ...process.env, ...env, PARALLAX_WORKER_URL: url, ...(warmUpDir ? { PARALLAX_WORKER_WARM_UP: warmUpDir } : {}) },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  let signalReady = (): void => {};
  const ready = warmUpDir ? new Promise<void>((resolve) => (signalReady = resolve)) : Promise.resolve();
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    if (out.includes(`${WORKER_READY}\n`)) signalReady();
  });
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const done = new Promise<ChildReport>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code === 0 && line.startsWith('{')) resolve(JSON.parse(line) as ChildReport);
      else reject(new ParallaxError('internal', `A worker process ended with ${signal ?? `code ${code}`}: ${err.trim().slice(-500)}`));
    });
  });
  // A worker that dies while warming up must not leave the caller waiting for it.
  done.catch(() => {}).finally(signalReady);
  return {
    done,
    ready,
    go: () => void child.stdin.end('go\n'),
    // stop: finish the current job, then end; kill: die at once, as a crashed machine would.
    kill: () => void child.kill('SIGKILL'),
    stop: () => void child.kill('SIGTERM'),
  };
}

export interface WorkersOptions extends QueueOptions {
  /**
   * Files each worker ingests into a scratch database before taking jobs; every worker is warmed
   * up before any starts. The optimising compiler works for the first few hundred documents a
   * process ingests, so a benchmark of short runs measures that, not the rate a long-running worker keeps.
   */
  readonly warmUpDir?: string;
  /**
   * One empty PostgreSQL database per worker (no other use): each warms up on `warmUpDir` through
   * a queue and a store there, so that the PostgreSQL path (query thread, pg, pg-boss) is compiled
   * as well as the analysis. Without them a worker warms up on an in-memory SQLite store.
   */
  readonly warmUpUrls?: readonly string[];
}

/**
 * Leaves the warm-up databases nothing to do while the workers run: vacuumed and analysed now
 * (autovacuum would otherwise visit them, written to by the warm-up, during the measured span), and
 * every connection to them gone (a backend's CPU time is added to the server's when it has ended,
 * which would count the warm-up's work in the span).
 */
async function settleWarmUpDatabases(url: string, warmUpUrls: readonly string[]): Promise<void> {
  for (const warmUpUrl of warmUpUrls) {
    const client = new pg.Client({ connectionString: warmUpUrl });
    await client.connect();
    try {
      await client.query('VACUUM (ANALYZE)');
    } finally {
      await client.end();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const names = warmUpUrls.map((warmUpUrl) => decodeURIComponent(new URL(warmUpUrl).pathname.slice(1)));
    for (let waited = 0; waited < 5000; waited += 20) {
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = ANY($1::text[])`, [names]);
      if (rows[0]?.n === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await client.end();
  }
}

/**
 * Ingests `files` into the PostgreSQL database at `url` through the job queue with `workers`
 * worker processes (each on its own core), and measures the throughput. For benchmarks and tests;
 * in production run `parallax worker` on as many machines as needed.
 */
export async function ingestWithWorkers(url: string, files: readonly string[], workers: number, options: WorkersOptions = {}): Promise<WorkersResult> {
  if (!Number.isInteger(workers) || workers < 1) throw new ParallaxError('bad_argument', `workers must be a positive integer, got ${workers}.`);
  if (options.warmUpUrls && (!options.warmUpDir || options.warmUpUrls.length !== workers)) {
    throw new ParallaxError('bad_argument', `warmUpUrls needs warmUpDir and one database per worker (${workers}), got ${options.warmUpUrls.length}.`);
  }
  const wallStart = Date.now();
  const queued = await enqueueFiles(url, files, options);
  const env = {
    PARALLAX_WORKER_EXPIRE_SECONDS: String(options.expireInSeconds ?? 600),
    PARALLAX_WORKER_MAINTENANCE_SECONDS: String(options.maintenanceIntervalSeconds ?? 60),
  };
  const spawned = Array.from({ length: workers }, (_, i) => {
    const warmUpUrl = options.warmUpUrls?.[i];
    return spawnWorker(url, warmUpUrl ? { ...env, PARALLAX_WORKER_WARM_UP_URL: warmUpUrl } : env, options.warmUpDir);
  });
  await Promise.all(spawned.map((w) => w.ready));
  if (options.warmUpUrls) await settleWarmUpDatabases(url, options.warmUpUrls);
  for (const w of spawned) w.go();
  const reports = await Promise.all(spawned.map((w) => w.done));
  const sum = (key: 'stored' | 'unchanged' | 'failed' | 'retried' | 'keptAside'): number => reports.reduce((n, r) => n + r[key], 0);
  const starts = reports.flatMap((r) => (r.firstStart === null ? [] : [r.firstStart]));
  const ends = reports.flatMap((r) => (r.lastEnd === null ? [] : [r.lastEnd]));
  const seconds = starts.length ? (Math.max(...ends) - Math.min(...starts)) / 1000 : 0;
  const dealt = sum('stored') + sum('unchanged') + sum('failed') + queued.failed.length;
  return {
    files: queued.files,
    workers,
    stored: sum('stored'),
    unchanged: sum('unchanged'),
    failed: sum('failed') + queued.failed.length,
    retried: sum('retried'),
    keptAside: sum('keptAside'),
    seconds,
    firstJobAt: starts.length ? Math.min(...starts) : null,
    lastJobAt: ends.length ? Math.max(...ends) : null,
    articlesPerSecond: seconds > 0 ? dealt / seconds : 0,
    wallSeconds: (Date.now() - wallStart) / 1000,
    workerCpuSeconds: reports.reduce((n, r) => n + r.cpuMs, 0) / 1000,
  };
}
