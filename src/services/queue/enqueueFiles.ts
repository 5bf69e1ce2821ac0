import { readFileSync, statSync } from 'node:fs';
import pg from 'pg';
import { listInputFiles } from '../../ingest/listInputFiles.js';
import type { IngestFailure } from '../ingest/ingestPaths.js';
import { INGEST_QUEUE, MAX_JOB_BYTES, openIngestQueue, type IngestJob, type QueueOptions } from './ingestQueue.js';

export interface EnqueueSummary {
  readonly files: number;
  readonly enqueued: number;
  /** Files that could not be put in a job (unreadable, too big); nothing was sent for them. */
  readonly failed: readonly IngestFailure[];
}

export interface EnqueueOptions extends QueueOptions {
  readonly published?: string | null;
}

function readJob(path: string, published: string | null): IngestJob | IngestFailure {
  try {
    const size = statSync(path).size;
    if (size > MAX_JOB_BYTES) {
      return { path, code: 'bad_input', message: `${path} is ${size} bytes; a queued document may hold at most ${MAX_JOB_BYTES}.` };
    }
    return { fileName: path, sourcePath: path, contentBase64: readFileSync(path).toString('base64'), published };
  } catch (err) {
    return { path, code: 'unreadable_file', message: `Cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? 'error'}).` };
  }
}

/**
 * Gives the planner the queue's size now, not as it was at the last autovacuum: a table it takes
 * for nearly empty is read whole and sorted at each fetch, where the fetch order index
 * (ingestQueue.ts) takes the next job in one read. Statistics only: a failure changes nothing.
 */
async function analyseJobs(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.query('ANALYZE pgboss.job');
  } catch {
    // A role that may enqueue but not analyse pg-boss's tables leaves it to autovacuum.
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Puts one ingest job per file (folders are walked as `parallax ingest` walks them) on the
 * PostgreSQL queue at `url`. The file's bytes travel in the job, so a worker on another machine
 * needs no access to this disk.
 */
export async function enqueueFiles(url: string, paths: readonly string[], options: EnqueueOptions = {}): Promise<EnqueueSummary> {
  const files = listInputFiles(paths);
  const boss = await openIngestQueue(url, options);
  const failed: IngestFailure[] = [];
  let enqueued = 0;
  try {
    for (const path of files) {
      const job = readJob(path, options.published ?? null);
      if ('code' in job) {
        failed.push(job);
        continue;
      }
      await boss.send(INGEST_QUEUE, job, {
        retryLimit: options.retryLimit ?? 3,
        retryDelay: 1,
        expireInSeconds: options.expireInSeconds ?? 600,
      });
      enqueued += 1;
    }
    if (enqueued > 0) await analyseJobs(url);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  return { files: files.length, enqueued, failed };
}
