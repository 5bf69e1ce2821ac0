import type PgBoss from 'pg-boss';
import { INGEST_QUEUE } from './ingestQueue.js';

/** A job done, with what pg-boss keeps as its output. */
export interface CompletedJob {
  readonly id: string;
  readonly output: object;
}

/**
 * pg-boss 10's completion (plans.js, completeJobs) for several jobs at once, each with its own
 * output: pg-boss's complete() gives every job of a batch the same one. Only active jobs are
 * completed (a job that expired meanwhile and went back to the queue is left to its retry), made
 * `completed` now. Without pg-boss's `RETURNING *` of every column, counted and dropped.
 */
const COMPLETE_JOBS = `
  UPDATE pgboss.job j SET
    completed_on = now(),
    state = 'completed',
    output = done.output
  FROM jsonb_to_recordset($2::jsonb) AS done(id uuid, output jsonb)
  WHERE j.name = $1 AND j.id = done.id AND j.state = 'active'`;

/** Completes ingest jobs in one statement; resolves to how many were still active and are now completed. */
export async function completeJobs(boss: PgBoss, jobs: readonly CompletedJob[]): Promise<number> {
  const result = await boss.getDb().executeSql(COMPLETE_JOBS, [INGEST_QUEUE, JSON.stringify(jobs)]);
  return (result as { rowCount?: number | null } | undefined)?.rowCount ?? 0;
}
