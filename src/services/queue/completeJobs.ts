import type PgBoss from 'pg-boss';
import { INGEST_QUEUE } from './ingestQueue.js';

/** A job done, with what pg-boss keeps as its output. */
export interface CompletedJob {
  readonly id: string;
  readonly output: object;
}

/**
 * pg-boss 10's completion (plans.js, completeJobs) for several jobs at once, each with its own
 * output: pg-boss's complete() gives every job of a batch the same one. `ids` is the parameter
 * holding the jobs' ids, `outputs` the one holding their outputs as a JSON object by id. Only
 * active jobs of queue $1 are completed (a job that expired meanwhile and went back to the queue
 * is left to its retry), made `completed` now. Without pg-boss's `RETURNING *` of every column,
 * counted and dropped.
 */
export function completeJobsUpdate(ids: string, outputs: string): string {
  return `
    UPDATE pgboss.job j SET
      completed_on = now(),
      state = 'completed',
      output = ${outputs}::jsonb -> j.id::text
    WHERE j.name = $1 AND j.id = ANY(${ids}::uuid[]) AND j.state = 'active'`;
}

/** The parameters completeJobsUpdate reads: the ids, and the outputs by id. */
export function completionParameters(jobs: readonly CompletedJob[]): [string[], string] {
  return [jobs.map((job) => job.id), JSON.stringify(Object.fromEntries(jobs.map((job) => [job.id, job.output])))];
}

const COMPLETE_JOBS = completeJobsUpdate('$2', '$3');

/** Completes ingest jobs in one statement; resolves to how many were still active and are now completed. */
export async function completeJobs(boss: PgBoss, jobs: readonly CompletedJob[]): Promise<number> {
  const result = await boss.getDb().executeSql(COMPLETE_JOBS, [INGEST_QUEUE, ...completionParameters(jobs)]);
  return (result as { rowCount?: number | null } | undefined)?.rowCount ?? 0;
}
