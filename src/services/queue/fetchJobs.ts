import type PgBoss from 'pg-boss';
import { completeJobsUpdate, completionParameters, type CompletedJob } from './completeJobs.js';
import { INGEST_QUEUE, type IngestJob } from './ingestQueue.js';

/**
 * pg-boss 10's fetch for a queue of the standard policy (plans.js, fetchNextJob; the job table in
 * its `pgboss` schema). The same jobs are taken, the same way: waiting ones (created or retry,
 * their start due) in priority, creation and id order, through an index in that order (the fetch
 * order index, ingestQueue.ts, or pg-boss's own), skipping those another worker is taking; each
 * is made active, started now, its retry count raised if it had been started before. Three
 * differences:
 * - a batch comes back in that order: pg-boss's comes in the order its UPDATE meets the rows (by
 *   id, through its window function), and a worker stores the versions of one document in the
 *   order it takes them;
 * - it takes $2 jobs only while at least $3 wait, one otherwise: near the end of a run a worker
 *   holding a batch would leave another idle (both limits read the index in its order, and the
 *   jobs taken are updated by id: the planner, not knowing the limits, would otherwise read the
 *   whole table, completed jobs included);
 * - it completes the jobs of $4 and $5 (completeJobs) in the same statement and transaction: one
 *   round trip for both.
 */
export const FETCH_JOBS = `
  WITH done AS (${completeJobsUpdate('$4', '$5')}
  ), next AS (
    SELECT id
    FROM pgboss.job
    WHERE name = $1
      AND state < 'active'
      AND start_after < now()
    ORDER BY priority DESC, created_on, id
    LIMIT CASE
      WHEN $2::int > 1 AND (
        SELECT count(*) FROM (
          SELECT 1 FROM pgboss.job
          WHERE name = $1 AND state < 'active' AND start_after < now()
          ORDER BY priority DESC, created_on, id
          LIMIT $3::int
        ) waiting
      ) < $3::int THEN 1
      ELSE $2::int
    END
    FOR UPDATE SKIP LOCKED
  ), taken AS (
    UPDATE pgboss.job j SET
      state = 'active',
      started_on = now(),
      retry_count = CASE WHEN started_on IS NOT NULL THEN retry_count + 1 ELSE retry_count END
    WHERE j.name = $1 AND j.id = ANY(ARRAY(SELECT id FROM next))
    RETURNING j.id, j.name, j.data, EXTRACT(epoch FROM j.expire_in) AS "expireInSeconds", j.priority, j.created_on
  )
  SELECT id, name, data, "expireInSeconds" FROM taken ORDER BY priority DESC, created_on, id`;

/** Waiting jobs per job of a batch below which a worker takes one job at a time (fetchJobs). */
export const BATCH_BACKLOG = 4;

/**
 * Takes up to `batchSize` waiting ingest jobs (none when none waits; one when fewer than
 * BATCH_BACKLOG × batchSize wait), oldest first, as pg-boss's fetch would, and completes
 * `completed` in the same statement.
 */
export async function fetchJobs(boss: PgBoss, batchSize: number, completed: readonly CompletedJob[] = []): Promise<PgBoss.Job<IngestJob>[]> {
  const result = await boss.getDb().executeSql(FETCH_JOBS, [INGEST_QUEUE, batchSize, batchSize * BATCH_BACKLOG, ...completionParameters(completed)]);
  // Nothing once the queue's database is closed (createQueueDb), as pg-boss's fetch.
  return (result?.rows ?? []) as PgBoss.Job<IngestJob>[];
}
