import type PgBoss from 'pg-boss';
import { completeJobs, type CompletedJob } from './completeJobs.js';
import { fetchJobs } from './fetchJobs.js';
import type { IngestJob } from './ingestQueue.js';

/** Jobs a worker takes at a time, and completes at a time (runWorker's default). */
export const JOB_BATCH = 2;

export interface QueueCalls {
  /** The next job this worker holds, or taken from the queue now (a batch); undefined when none waits. */
  take(): Promise<PgBoss.Job<IngestJob> | undefined>;
  /**
   * Between two jobs, before the worker blocks on one: when it holds no other job, asks for the
   * next batch, completing the jobs done in the same statement (or completes them alone once a
   * batch of them waits). Either runs on the server while the worker works.
   */
  beforeWork(): Promise<void>;
  /** A job done: its completion goes with the next fetch or the next ones (beforeWork, settle). */
  complete(job: CompletedJob): void;
  /** A completion that failed (database gone) ends the worker, as an awaited one would have. */
  throwIfFailed(): void;
  /** Sends the completions gathered and waits for every one sent (before the worker checks whether the queue is drained, and before it stops). */
  settle(): Promise<void>;
  /**
   * The next job taken and not yet handed out by take(), the batch asked for included, without
   * taking more from the queue; undefined once the worker holds none. Throws when the batch asked
   * for failed; called again, gives the rest.
   */
  takeHeld(): Promise<PgBoss.Job<IngestJob> | undefined>;
}

/**
 * The worker's queue round trips, fewer and off its critical path. The pipeline blocks the event
 * loop while it analyses and stores a document, and a query sent just before runs on the server
 * meanwhile; its answer waits in the socket. So the worker takes jobs `batchSize` at a time, asks
 * for the next batch as it starts on the last job it holds, and completes the jobs it has done in
 * that same statement (fetchJobs), without waiting for the answer: one round trip and one server
 * transaction per batch, where there were two per job. Completions gathered otherwise (kept-aside
 * documents stored in a row) go alone once a batch of them waits, and all of them before the
 * worker checks whether the queue is drained and before it stops. None of this weakens a
 * guarantee: a job taken by a worker that dies expires and is retried like any other, and a
 * stored document whose completion is lost (or not sent yet) is retried and found `unchanged`.
 * Near the end of a run (fewer than BATCH_BACKLOG jobs a batch waiting) it takes one job at a
 * time, as before: a worker holding a batch there would leave another idle.
 */
export function batchQueueCalls(boss: PgBoss, batchSize: number = JOB_BATCH): QueueCalls {
  const held: PgBoss.Job<IngestJob>[] = [];
  let asked: Promise<PgBoss.Job<IngestJob>[]> | null = null;
  const done: CompletedJob[] = [];
  const completing = new Set<Promise<unknown>>();
  let failure: { readonly error: unknown } | null = null;
  // A query is written to the socket once pg's pool has handed out a client, a few ticks later:
  // one turn of the event loop lets it go out before the worker blocks.
  const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
  const sendCompletions = (): boolean => {
    if (done.length === 0) return false;
    const sent = completeJobs(boss, done.splice(0)).then(
      () => {},
      (error: unknown) => void (failure ??= { error }),
    );
    completing.add(sent);
    void sent.finally(() => completing.delete(sent));
    return true;
  };
  const takeAsked = async (): Promise<void> => {
    const pending = asked;
    asked = null;
    if (pending) held.push(...(await pending));
  };
  return {
    async take() {
      if (held.length === 0) {
        if (asked) await takeAsked();
        // A worker starting, or back from an empty queue: nothing was asked for ahead.
        else held.push(...(await fetchJobs(boss, batchSize, done.splice(0))));
      }
      return held.shift();
    },
    async beforeWork() {
      const ask = held.length === 0 && !asked;
      if (ask) {
        // The completions gathered go with it, in the same statement.
        asked = fetchJobs(boss, batchSize, done.splice(0));
        // Awaited later; marked handled now so a failure meanwhile is not an unhandled rejection.
        asked.catch(() => {});
      }
      const sent = !ask && done.length >= batchSize && sendCompletions();
      if (ask || sent) await flush();
    },
    complete(job) {
      done.push(job);
    },
    throwIfFailed() {
      if (failure) throw failure.error;
    },
    async settle() {
      sendCompletions();
      await Promise.all(completing);
      if (failure) throw failure.error;
    },
    async takeHeld() {
      await takeAsked();
      return held.shift();
    },
  };
}
