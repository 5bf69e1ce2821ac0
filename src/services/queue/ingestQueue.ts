import pg from 'pg';
import PgBoss from 'pg-boss';
import { ParallaxError } from '../../lib/errors.js';

/** The pg-boss queue that holds one job per document to ingest. */
export const INGEST_QUEUE = 'parallax-ingest';

/** The bytes travel inside the job (base64), so workers need no shared disk; bigger files are refused. */
export const MAX_JOB_BYTES = 16 * 1024 * 1024;

/** One document to ingest, as stored in a job. */
export interface IngestJob {
  readonly fileName: string;
  readonly sourcePath: string;
  readonly contentBase64: string;
  readonly published: string | null;
}

export interface QueueOptions {
  /** How many times a failed or crashed job is tried again (default 3). */
  readonly retryLimit?: number;
  /** A job still active after this long is taken as crashed and retried (default 600 s). */
  readonly expireInSeconds?: number;
  /** How often pg-boss looks for crashed jobs (default 60 s; tests use 1). */
  readonly maintenanceIntervalSeconds?: number;
}

// Key of the session advisory lock around a queue's start ("PRLQ").
const QUEUE_SETUP_LOCK = 0x50524c51;

/**
 * Runs `setup` while holding a lock no other process starting the queue on this database holds:
 * workers started together on a fresh database would otherwise install pg-boss's schema and
 * create the queue at the same time, and one of them fail with a deadlock.
 */
async function oneAtATime(url: string, setup: () => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [QUEUE_SETUP_LOCK]);
    await setup();
  } finally {
    // Ending the session releases the lock.
    await client.end();
  }
}

/**
 * Starts pg-boss on the database (its tables live in their own `pgboss` schema, beside ours) and
 * makes sure the ingest queue exists with its retry policy.
 */
export async function openIngestQueue(url: string, options: QueueOptions = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    max: 2,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 60,
    // Archived jobs are not needed for long: the documents themselves are the record.
    archiveCompletedAfterSeconds: 3600,
  });
  // pg-boss reports background errors as events; without a listener Node would crash the worker.
  boss.on('error', () => {});
  try {
    await oneAtATime(url, async () => {
      await boss.start();
      await boss.createQueue(INGEST_QUEUE, {
        name: INGEST_QUEUE,
        retryLimit: options.retryLimit ?? 3,
        retryDelay: 1,
        expireInSeconds: options.expireInSeconds ?? 600,
      });
    });
  } catch (err) {
    await boss.stop({ graceful: false }).catch(() => {});
    throw new ParallaxError('database_error', `Cannot open the ingest queue: ${err instanceof Error ? err.message : String(err)}`);
  }
  return boss;
}
