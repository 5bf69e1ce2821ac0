import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { enqueueFiles } from '../../src/services/queue/enqueueFiles.js';
import { INGEST_QUEUE } from '../../src/services/queue/ingestQueue.js';
import { openWorker, runWorker } from '../../src/services/queue/runWorker.js';
import { useEmbeddedPostgres } from './useEmbeddedPostgres.js';

const server = useEmbeddedPostgres();

/** Connections to the database at `url` other than this one, once there are `wanted` (or after 5 s). */
async function waitForConnections(url: string, wanted: number): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (let waited = 0; ; waited += 50) {
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);
      if (rows[0].n === wanted || waited >= 5000) return rows[0].n;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await client.end();
  }
}

// A worker process opens its store and queue before it says it is ready (workerProcess.ts), so
// that workers started together do not take turns at the start-up locks once jobs are running.
describe('openWorker', () => {
  it('readies the store and the queue before any job; runWorker given them ingests with them and closes them', async () => {
    const url = await server().createDatabase();
    const dir = mkdtempSync(join(tmpdir(), 'parallax-open-worker-'));
    try {
      const opened = await openWorker(url);
      // Migrated (the counter's table is there) and the queue created, with nothing queued yet.
      expect(opened.store.readGeneration()).toBe(0);
      expect((await opened.boss.getQueue(INGEST_QUEUE))?.name).toBe(INGEST_QUEUE);
      const files = ['Ferry late at the quay', 'Bridge shut for repairs'].map((title, n) => {
        const path = join(dir, `${n}.txt`);
        writeFileSync(path, `Title: ${title}\n\n"We waited ${n + 2} hours," a passenger said on Tuesday.`);
        return path;
      });
      await enqueueFiles(url, files);
      const summary = await runWorker(url, { untilEmpty: true, pollMs: 100 }, opened);
      expect(summary).toMatchObject({ stored: 2, failed: 0, retried: 0 });
      // Closed with the worker: the store answers nothing more, and neither it nor pg-boss holds a connection.
      expect(() => opened.store.readGeneration()).toThrow(/closed/);
      expect(await waitForConnections(url, 0)).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
