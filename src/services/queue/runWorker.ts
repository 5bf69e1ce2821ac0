import { setTimeout as sleep } from 'node:timers/promises';
import type PgBoss from 'pg-boss';
import { isParallaxError, ParallaxError, type ErrorCode } from '../../lib/errors.js';
import { openStore } from '../../store/openStore.js';
import type { Store } from '../../store/Store.js';
import type { IngestOutcome, PreparedDocument } from '../ingest/ingestDocument.js';
import { batchQueueCalls, JOB_BATCH, type QueueCalls } from './batchQueueCalls.js';
import { INGEST_QUEUE, openIngestQueue, type IngestJob, type QueueOptions } from './ingestQueue.js';
import { prepareIngestJob, storeIngestJob } from './processIngestJob.js';

export interface WorkerOptions extends QueueOptions {
  /** Stop once no job is waiting, retrying or running anywhere (benchmarks and tests); otherwise run until aborted. */
  readonly untilEmpty?: boolean;
  /** Pause between two looks at an empty queue (default 500 ms). */
  readonly pollMs?: number;
  /** Jobs taken from the queue, and completed, at a time (default JOB_BATCH, batchQueueCalls). */
  readonly batchSize?: number;
  readonly signal?: AbortSignal;
  /** Called when a job has been taken, before it is processed. */
  readonly onJobStart?: (path: string) => void;
  readonly onJob?: (result: JobResult) => void;
}

export type JobResult =
  | { readonly path: string; readonly outcome: IngestOutcome }
  | { readonly path: string; readonly failure: { readonly code: string; readonly message: string }; readonly willRetry: boolean };

export interface WorkerSummary {
  readonly stored: number;
  readonly unchanged: number;
  /** Documents recorded as failed for good (a bad document does not get better by retrying). */
  readonly failed: number;
  /** Jobs handed back to the queue after an unexpected error, to be tried again. */
  readonly retried: number;
  /** Times a document was kept aside because another worker was writing its incident. */
  readonly keptAside: number;
  readonly seconds: number;
}

// Errors that belong to the document itself: retrying cannot help, so the job completes as failed.
const DOCUMENT_ERRORS: readonly ErrorCode[] = ['bad_input', 'unreadable_file', 'unsupported_format', 'empty_document'];

/** No job of the queue is created, retrying or active: every document has been dealt with. */
async function isDrained(boss: PgBoss): Promise<boolean> {
  return (await boss.getQueueSize(INGEST_QUEUE, { before: 'completed' })) === 0;
}

// Jobs a worker holds, analysed, while another worker stores a document about the same incident.
const MAX_WAITING = 4;

interface WaitingJob {
  readonly job: PgBoss.Job<IngestJob>;
  readonly prepared: PreparedDocument;
}

/**
 * After a job failed for a reason that is not the document's: does this worker's own store still
 * answer? A store whose connection is lost (the server restarted, the connection was killed, the
 * query thread died) never does again, and a worker going on with it would take job after job and
 * fail each one until their retries ran out: documents lost for no fault of theirs. So it stops,
 * with an error, and the jobs go to workers that can store them (a supervisor restarts this one).
 */
function assertStoreAnswers(store: Store, cause: string): void {
  try {
    store.readGeneration();
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new ParallaxError('database_error', `The worker's database connection no longer answers (${reason}; the job had failed with: ${cause}). Stopping, so that other workers take the jobs.`);
  }
}

/** Gives jobs back to the queue for another worker, saying why (each counts as one attempt). */
async function handBack(boss: PgBoss, jobs: readonly PgBoss.Job<IngestJob>[], err: unknown): Promise<void> {
  const message = `the worker stopped before finishing this job: ${err instanceof Error ? err.message : String(err)}`;
  for (const job of jobs) await boss.fail(INGEST_QUEUE, job.id, { code: 'worker_stopped', message }).catch(() => {});
}

/** Every job the worker holds and has not started (none from a batch asked for whose fetch failed). */
async function heldJobs(queue: QueueCalls): Promise<PgBoss.Job<IngestJob>[]> {
  const jobs: PgBoss.Job<IngestJob>[] = [];
  for (;;) {
    let job: PgBoss.Job<IngestJob> | undefined;
    try {
      job = await queue.takeHeld();
    } catch {
      continue;
    }
    if (!job) return jobs;
    jobs.push(job);
  }
}

/** A worker's store and queue, open and ready: the store's migrations run, the queue created. */
export interface OpenedWorker {
  readonly store: Store;
  readonly boss: PgBoss;
}

/**
 * Opens what a worker works with. Both steps take locks that every process starting on the
 * database waits for (the store's migrations the writer lock, the queue's setup a lock of its
 * own): workers started together open one after the other. A worker process opens them before it
 * says it is ready (workerProcess.ts), so that this start-up is not spent while another worker
 * already takes jobs: two workers started together had the second take its first job 60 to 95 ms
 * after the first (issue #6). runWorker closes them.
 */
export async function openWorker(url: string, options: QueueOptions = {}): Promise<OpenedWorker> {
  const store = openStore(url);
  try {
    return { store, boss: await openIngestQueue(url, options) };
  } catch (err) {
    store.close();
    throw err;
  }
}

/**
 * A worker: takes ingest jobs a few at a time from the PostgreSQL queue at `url` (asking for the
 * next ones while it works on the last it holds: batchQueueCalls), ingests them one at a time
 * into the database at the same URL, and completes them a few at a time. A job that
 * throws unexpectedly, or whose worker dies, goes back to the queue (pg-boss retries it; a dead
 * worker's job after its expiry). Run any number of these, on any number of machines. `opened`
 * (openWorker, on the same URL) is used instead of opening them here; either way they are closed
 * when the worker ends.
 *
 * Workers store documents about different incidents at the same time. When a document's incident
 * is being written by another worker, this one keeps it aside, analysed, and takes the next job
 * instead of waiting; it stores the ones kept aside as soon as their keys are free, before a
 * newer version of the same document, and waits for them when it holds MAX_WAITING or the queue
 * is empty.
 */
export async function runWorker(url: string, options: WorkerOptions = {}, opened?: OpenedWorker): Promise<WorkerSummary> {
  const started = Date.now();
  const { store, boss } = opened ?? (await openWorker(url, options));
  const counts = { stored: 0, unchanged: 0, failed: 0, retried: 0, keptAside: 0 };
  const waiting: WaitingJob[] = [];
  const queue = batchQueueCalls(boss, options.batchSize ?? JOB_BATCH);
  const finish = async (job: PgBoss.Job<IngestJob>, outcome: IngestOutcome): Promise<void> => {
    counts[outcome.status] += 1;
    queue.complete({ id: job.id, output: { status: outcome.status, versionId: outcome.versionId } });
    options.onJob?.({ path: job.data.sourcePath, outcome });
  };
  const fail = async (job: PgBoss.Job<IngestJob>, err: unknown): Promise<void> => {
    const failure = { code: isParallaxError(err) ? err.code : 'internal', message: err instanceof Error ? err.message : String(err) };
    const forGood = isParallaxError(err) && DOCUMENT_ERRORS.includes(err.code);
    if (forGood) {
      counts.failed += 1;
      store.recordFailure({ path: job.data.sourcePath, ...failure, at: new Date().toISOString() });
      await boss.complete(INGEST_QUEUE, job.id, { status: 'failed', ...failure });
    } else {
      counts.retried += 1;
      await boss.fail(INGEST_QUEUE, job.id, failure);
    }
    options.onJob?.({ path: job.data.sourcePath, failure, willRetry: !forGood });
    if (!forGood) assertStoreAnswers(store, failure.message);
  };
  // Stores a prepared job (waiting for its keys unless `ifFree`); true once the job is settled, stored or failed.
  const settle = async ({ job, prepared }: WaitingJob, ifFree: boolean): Promise<boolean> => {
    let outcome: IngestOutcome | null;
    try {
      outcome = storeIngestJob(store, prepared, { ifFree });
    } catch (err) {
      await fail(job, err);
      return true;
    }
    if (outcome) await finish(job, outcome);
    return outcome !== null;
  };
  const settleWaiting = async (ifFree: boolean, documentId?: string): Promise<void> => {
    for (const entry of [...waiting]) {
      if (documentId !== undefined && entry.prepared.documentId !== documentId) continue;
      if (await settle(entry, ifFree)) waiting.splice(waiting.indexOf(entry), 1);
    }
  };
  // Everything done with a job once taken: analyse, then store it or keep it aside.
  const handle = async (job: PgBoss.Job<IngestJob>): Promise<void> => {
    options.onJobStart?.(job.data.sourcePath);
    let prepared: PreparedDocument | IngestOutcome;
    try {
      prepared = prepareIngestJob(store, job.data);
    } catch (err) {
      await fail(job, err);
      return;
    }
    if ('status' in prepared) {
      await finish(job, prepared);
      return;
    }
    // Versions of one document are stored in the order they were taken.
    await settleWaiting(false, prepared.documentId);
    if (!(await settle({ job, prepared }, true))) {
      waiting.push({ job, prepared });
      counts.keptAside += 1;
    }
  };
  try {
    while (!options.signal?.aborted) {
      queue.throwIfFailed();
      await settleWaiting(true);
      const oldest = waiting.length >= MAX_WAITING ? waiting.shift() : undefined;
      if (oldest) {
        await settle(oldest, false);
        continue;
      }
      const job = await queue.take();
      if (!job) {
        const next = waiting.shift();
        if (next) {
          await settle(next, false);
          continue;
        }
        // A job whose completion is still on its way counts as active: wait for ours first.
        await queue.settle();
        if (options.untilEmpty && (await isDrained(boss))) break;
        await sleep(options.pollMs ?? 500);
        continue;
      }
      // The server looks for the following jobs, and completes the last ones, while this one is analysed and stored.
      await queue.beforeWork();
      await handle(job);
    }
    // Stopping: the jobs of its batch, and those asked for ahead, are ours already, and what is
    // kept aside is analysed: finish them rather than leave them to expire.
    for (let job = await queue.takeHeld(); job; job = await queue.takeHeld()) await handle(job);
    await settleWaiting(false);
    await queue.settle();
  } catch (err) {
    // Jobs done are completed if the queue still answers; those this worker holds and will not
    // finish go back to the queue now, not at their expiry.
    await queue.settle().catch(() => {});
    await handBack(boss, [...(await heldJobs(queue)), ...waiting.map((w) => w.job)], err);
    throw err;
  } finally {
    await boss.stop({ graceful: false, wait: true });
    try {
      store.close();
    } catch {
      // A connection already lost has nothing left to close; the error that stopped the worker is the one to report.
    }
  }
  return { ...counts, seconds: (Date.now() - started) / 1000 };
}
