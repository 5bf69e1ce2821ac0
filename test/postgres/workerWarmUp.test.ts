import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isParallaxError } from '../../src/lib/errors.js';
import { ingestWithWorkers } from '../../src/services/queue/ingestWithWorkers.js';
import { INGEST_QUEUE, openIngestQueue } from '../../src/services/queue/ingestQueue.js';
import { openStore } from '../../src/store/openStore.js';
import { useEmbeddedPostgres } from './useEmbeddedPostgres.js';

const server = useEmbeddedPostgres();

function storedTitles(url: string): string[] {
  const store = openStore(url);
  try {
    return store
      .listLatestVersionIds()
      .map((id) => store.getVersion(id)?.title ?? '')
      .sort();
  } finally {
    store.close();
  }
}

function writeArticles(dir: string, titles: readonly string[]): string[] {
  mkdirSync(dir, { recursive: true });
  return titles.map((title, n) => {
    const path = join(dir, `${n}.txt`);
    writeFileSync(path, `Title: ${title}\n\n"We waited ${n + 2} hours," a passenger said on Tuesday. The harbour office said the ferry left late.`);
    return path;
  });
}

// A worker warmed up on PostgreSQL ingests its warm-up files through a queue and a store of its
// own, so that the PostgreSQL path is compiled before its first job; nothing of it reaches the
// queue's database.
describe('a worker warmed up on a PostgreSQL database of its own', () => {
  it('ingests the warm-up files there through its own queue, then the jobs into the queue’s database', async () => {
    const [url, warmUpUrl] = [await server().createDatabase(), await server().createDatabase()];
    const dir = mkdtempSync(join(tmpdir(), 'parallax-pg-warm-up-'));
    try {
      const warmUpDir = join(dir, 'warm');
      writeArticles(warmUpDir, ['Ferry delayed at the quay', 'Lighthouse keeper speaks']);
      const files = writeArticles(join(dir, 'jobs'), ['Bridge closed for repairs', 'Market opens early', 'Canal barge stopped']);
      const result = await ingestWithWorkers(url, files, 1, { warmUpDir, warmUpUrls: [warmUpUrl] });
      expect(result).toMatchObject({ stored: 3, failed: 0, retried: 0 });
      expect(storedTitles(url)).toEqual(['Bridge closed for repairs', 'Canal barge stopped', 'Market opens early']);
      expect(storedTitles(warmUpUrl)).toEqual(['Ferry delayed at the quay', 'Lighthouse keeper speaks']);
      const boss = await openIngestQueue(warmUpUrl);
      try {
        expect(await boss.getQueueSize(INGEST_QUEUE, { before: 'completed' })).toBe(0);
      } finally {
        await boss.stop({ graceful: false, wait: true });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('wants one warm-up database per worker, and the files to warm up on', async () => {
    const url = await server().createDatabase();
    const refused = (options: Parameters<typeof ingestWithWorkers>[3]) => ingestWithWorkers(url, [], 2, options).then(() => null, (err: unknown) => err);
    for (const options of [{ warmUpDir: tmpdir(), warmUpUrls: [url] }, { warmUpUrls: [url, url] }]) {
      const err = await refused(options);
      expect(isParallaxError(err, 'bad_argument')).toBe(true);
    }
  });
});
