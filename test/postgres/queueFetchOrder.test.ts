import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type PgBoss from 'pg-boss';
import { describe, expect, it } from 'vitest';
import { enqueueFiles } from '../../src/services/queue/enqueueFiles.js';
import { FETCH_ORDER_INDEX, INGEST_QUEUE, openIngestQueue } from '../../src/services/queue/ingestQueue.js';
import { takeEveryJob } from './takeEveryJob.js';
import { useEmbeddedPostgres } from './useEmbeddedPostgres.js';

const server = useEmbeddedPostgres();

// pg-boss's own fetch statement, as its fetch() sends it (pg-boss 10 builds it from these plans).
const plans = createRequire(import.meta.url)('pg-boss/src/plans.js') as {
  fetchNextJob(schema: string): (options: { includeMetadata?: boolean; priority?: boolean }) => string;
};

const JOBS = 120;

function writeFiles(dir: string): string[] {
  return Array.from({ length: JOBS }, (_, n) => {
    const path = join(dir, `note-${String(n).padStart(3, '0')}.txt`);
    writeFileSync(path, `Harbour log ${n}. The pilot boat left the quay at ${n % 24} o'clock.`);
    return path;
  });
}

// Taking the next job sorted every waiting job of the queue, at each fetch: a cost growing with the
// backlog (issue 6). An index in the fetch's order, and statistics taken after enqueueing, let it
// read the first waiting job alone, still in the order the jobs were sent.
describe('the ingest queue’s fetch (PostgreSQL)', () => {
  it('takes the next waiting job through the fetch order index, in the order the jobs were sent', async () => {
    const url = await server().createDatabase();
    const dir = mkdtempSync(join(tmpdir(), 'parallax-fetch-order-'));
    const client = new pg.Client({ connectionString: url });
    let boss: PgBoss | undefined;
    try {
      const files = writeFiles(dir);
      const queued = await enqueueFiles(url, files);
      expect(queued.enqueued).toBe(JOBS);
      await client.connect();
      const sql = plans.fetchNextJob('pgboss')({ priority: true });
      // Planned and run as pg-boss runs it, then undone: the job stays waiting.
      await client.query('BEGIN');
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, TIMING OFF, COSTS OFF) ${sql}`, [INGEST_QUEUE, 1]);
      await client.query('ROLLBACK');
      const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
      expect(plan).toMatch(/Index Scan using \S*(parallax_job_fetch_order|name_priority_created_on_id)\S* on/);
      expect(plan).not.toMatch(/Sort Key: job\.priority/);
      const { rows: indexes } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_class WHERE relname = $1`, [FETCH_ORDER_INDEX]);
      expect(indexes[0].n).toBe(1);

      boss = await openIngestQueue(url);
      expect(await takeEveryJob(boss)).toEqual(files);
    } finally {
      await boss?.stop({ graceful: false, wait: true });
      await client.end();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
