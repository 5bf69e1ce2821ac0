import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type PgBoss from 'pg-boss';
import { describe, expect, it } from 'vitest';
import { createQueueDb } from '../../src/services/queue/createQueueDb.js';
import { enqueueFiles } from '../../src/services/queue/enqueueFiles.js';
import { INGEST_QUEUE, openIngestQueue } from '../../src/services/queue/ingestQueue.js';
import { takeEveryJob } from './takeEveryJob.js';
import { useEmbeddedPostgres } from './useEmbeddedPostgres.js';

const server = useEmbeddedPostgres();

const plans = createRequire(import.meta.url)('pg-boss/src/plans.js') as {
  fetchNextJob(schema: string): (options: { includeMetadata?: boolean; priority?: boolean }) => string;
};

describe('the queue’s database (PostgreSQL)', () => {
  it('runs a query that repeats with parameters as one named statement, and the rest as sent', async () => {
    const db = createQueueDb(await server().createDatabase(), 1);
    await db.open();
    try {
      const answers = [];
      for (const n of [1, 2, 3]) answers.push((await db.executeSql('SELECT $1::int * 2 AS n', [n])).rows[0].n);
      expect(answers).toEqual([2, 4, 6]);
      // Several commands in one text (pg-boss's schema) cannot be prepared: they still run.
      const several = (await db.executeSql('SELECT 1 AS a; SELECT 2 AS b')) as unknown as pg.QueryResult[];
      expect(several.map((r) => r.rows[0])).toEqual([{ a: 1 }, { b: 2 }]);
      const { rows } = await db.executeSql('SELECT name, statement FROM pg_prepared_statements ORDER BY name');
      expect(rows).toEqual([{ name: 'parallax_queue_1', statement: 'SELECT $1::int * 2 AS n' }]);
    } finally {
      await db.close();
    }
    expect(db.opened).toBe(false);
    // As pg-boss's own database: nothing once closed.
    await expect(db.executeSql('SELECT $1::int AS n', [1])).resolves.toBeUndefined();
  });

  it('keeps the fetch’s plan on the fetch order index as a generic plan, and pg-boss takes the jobs in the order sent', async () => {
    const url = await server().createDatabase();
    const dir = mkdtempSync(join(tmpdir(), 'parallax-queue-db-'));
    const client = new pg.Client({ connectionString: url });
    let boss: PgBoss | undefined;
    try {
      const files = Array.from({ length: 60 }, (_, n) => {
        const path = join(dir, `note-${String(n).padStart(3, '0')}.txt`);
        writeFileSync(path, `Harbour log ${n}. The pilot boat left the quay at ${n % 24} o'clock.`);
        return path;
      });
      expect((await enqueueFiles(url, files)).enqueued).toBe(files.length);
      await client.connect();
      // The plan a named statement may keep: one for any queue name and batch size.
      await client.query('SET plan_cache_mode = force_generic_plan');
      await client.query(`PREPARE fetch_probe(text, int) AS ${plans.fetchNextJob('pgboss')({ priority: true })}`);
      await client.query('BEGIN');
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, TIMING OFF, COSTS OFF) EXECUTE fetch_probe('${INGEST_QUEUE}', 1)`);
      await client.query('ROLLBACK');
      const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
      expect(plan).toMatch(/Index Scan using \S*(parallax_job_fetch_order|name_priority_created_on_id)\S* on/);
      expect(plan).not.toMatch(/Sort Key: job\.priority/);

      boss = await openIngestQueue(url);
      expect(await takeEveryJob(boss)).toEqual(files);
      expect(await boss.getQueueSize(INGEST_QUEUE, { before: 'completed' })).toBe(0);
    } finally {
      await boss?.stop({ graceful: false, wait: true });
      await client.end();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
