import type PgBoss from 'pg-boss';
import { INGEST_QUEUE, type IngestJob } from './ingestQueue.js';

/**
 * pg-boss 10's fetch for a queue of the standard policy (plans.js, fetchNextJob; the job table in
 * its `pgboss` schema), answering in the fetch's order: pg-boss returns a batch in the order its
 * UPDATE meets the rows (by id, through its window function), and a worker stores the versions of
 * one document in the order it takes them. The same jobs are taken, the same way: waiting ones
 * (created or retry, their start due) in priority, creation and id order, through the fetch
 * order index (ingestQueue.ts), skipping those another worker is taking; each is made active,
 * started now, its retry count raised if it had been started before.
 */
const FETCH_JOBS = `
  WITH next AS (
    SELECT id
    FROM pgboss.job
    WHERE name = $1
      AND state < 'active'
      AND start_after < now()
    ORDER BY priority DESC, created_on, id
    LIMIT $2
    FOR UPDATE SKIP LOCKED
  ), taken AS (
    UPDATE pgboss.job j SET
      state = 'active',
      started_on = now(),
      retry_count = CASE WHEN started_on IS NOT NULL THEN retry_count + 1 ELSE retry_count END
    FROM next
    WHERE j.name = $1 AND j.id = next.id
    RETURNING j.id, j.name, j.data, EXTRACT(epoch FROM j.expire_in) AS "expireInSeconds", j.priority, j.created_on
  )
  SELECT id, name, data, "expireInSeconds" FROM taken ORDER BY priority DESC, created_on, id`;

/** Takes up to `batchSize` waiting ingest jobs (none when none waits), oldest first, as pg-boss's fetch would. */
export async function fetchJobs(boss: PgBoss, batchSize: number): Promise<PgBoss.Job<IngestJob>[]> {
  const result = await boss.getDb().executeSql(FETCH_JOBS, [INGEST_QUEUE, batchSize]);
  // Nothing once the queue's database is closed (createQueueDb), as pg-boss's fetch.
  return (result?.rows ?? []) as PgBoss.Job<IngestJob>[];
}
