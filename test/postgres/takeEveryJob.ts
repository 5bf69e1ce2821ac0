import type PgBoss from 'pg-boss';
import { INGEST_QUEUE, type IngestJob } from '../../src/services/queue/ingestQueue.js';

/** Fetches and completes the ingest queue's jobs one at a time until none is left: their paths, in the order fetched. */
export async function takeEveryJob(boss: PgBoss): Promise<string[]> {
  const taken: string[] = [];
  for (;;) {
    const [job] = await boss.fetch<IngestJob>(INGEST_QUEUE, { batchSize: 1 });
    if (!job) return taken;
    taken.push(job.data.sourcePath);
    await boss.complete(INGEST_QUEUE, job.id);
  }
}
