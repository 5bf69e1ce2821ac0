import { geocodePlace } from '../incidents/geocodePlace.js';
import { createInterface } from 'node:readline';
import { ingestDocument } from '../ingest/ingestDocument.js';
import { ingestPaths } from '../ingest/ingestPaths.js';
import { openStore } from '../../store/openStore.js';
import { enqueueFiles } from './enqueueFiles.js';
import { WORKER_READY } from './ingestWithWorkers.js';
import { openWorker, runWorker } from './runWorker.js';

/**
 * Entry of one worker child process (ingestWithWorkers spawns these). The database URL comes in
 * the environment, not argv, so its password does not show in the process list. Prints one JSON
 * line: the worker's summary plus when its first job started and its last job ended, and the
 * process's CPU time between the two.
 */
async function main(): Promise<void> {
  const url = process.env.PARALLAX_WORKER_URL;
  if (!url) throw new Error('PARALLAX_WORKER_URL is not set.');
  // Load the language model before taking a job, so the first job's time is the job's own.
  const scratch = openStore(':memory:');
  ingestDocument(scratch, { raw: Buffer.from('Officers arrived at noon. "We saw nothing," a neighbour said.'), fileName: 'warm-up.txt' });
  scratch.close();
  // And the gazetteer the first incident rebuild reads (over a second to load; that document has no incident).
  geocodePlace(null, null);
  const warmUpDir = process.env.PARALLAX_WORKER_WARM_UP;
  if (warmUpDir) await warmUp(warmUpDir);
  const queueOptions = {
    expireInSeconds: Number(process.env.PARALLAX_WORKER_EXPIRE_SECONDS ?? 600),
    maintenanceIntervalSeconds: Number(process.env.PARALLAX_WORKER_MAINTENANCE_SECONDS ?? 60),
  };
  // Opened before it says it is ready: workers started together open them one after the other (openWorker).
  const opened = await openWorker(url, queueOptions);
  if (warmUpDir) await waitForGo();
  let firstStart: number | null = null;
  let lastEnd: number | null = null;
  // CPU time of the whole process (every thread) from its first job's start to its last job's end.
  let cpuAtStart: NodeJS.CpuUsage | null = null;
  let cpuMs = 0;
  const stop = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort());
  const summary = await runWorker(url, {
    // ingestWithWorkers wants the workers to end with the queue; `parallax worker` keeps them running.
    untilEmpty: process.env.PARALLAX_WORKER_UNTIL_EMPTY !== '0',
    signal: stop.signal,
    pollMs: 100,
    ...queueOptions,
    onJobStart: () => {
      firstStart ??= Date.now();
      cpuAtStart ??= process.cpuUsage();
    },
    onJob: () => {
      lastEnd = Date.now();
      const used = process.cpuUsage(cpuAtStart ?? undefined);
      cpuMs = (used.user + used.system) / 1000;
    },
  }, opened);
  process.stdout.write(`${JSON.stringify({ ...summary, firstStart, lastEnd, cpuMs })}\n`);
}

/**
 * Ingests the files of `dir` into a scratch database. With PARALLAX_WORKER_WARM_UP_URL (an empty
 * PostgreSQL database of this worker's own), they go through a queue and a store there, as the jobs will: the query
 * thread, the pg clients and pg-boss are then compiled too, not only the analysis. Warmed up on
 * SQLite alone, a worker ran that code cold for its first few hundred jobs: 900 generated articles
 * after 200 of warm-up, the worker's threads other than the main one spent 7.9 ms per article over
 * the first 300 jobs and 3.3 over the last 300 (issue #6).
 */
async function warmUp(dir: string): Promise<void> {
  const warmUpUrl = process.env.PARALLAX_WORKER_WARM_UP_URL;
  if (warmUpUrl) {
    await enqueueFiles(warmUpUrl, [dir]);
    await runWorker(warmUpUrl, { untilEmpty: true, pollMs: 100 });
  } else {
    const scratch = openStore(':memory:');
    try {
      ingestPaths(scratch, [dir]);
    } finally {
      scratch.close();
    }
  }
}

/** Says on stdout that the worker is ready, and waits for a line on stdin (ingestWithWorkers' `go`). */
async function waitForGo(): Promise<void> {
  process.stdout.write(`${WORKER_READY}\n`);
  for await (const line of createInterface({ input: process.stdin })) {
    if (line.trim() === 'go') break;
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
