import pg from 'pg';
import PgBoss from 'pg-boss';
import { ParallaxError } from '../../lib/errors.js';
import { createQueueDb } from './createQueueDb.js';

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
async function oneAtATime(url: string, setup: (client: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [QUEUE_SETUP_LOCK]);
    await setup(client);
  } finally {
    // Ending the session releases the lock.
    await client.end();
  }
}

/** The index the queue's fetch walks (see ensureFetchOrderIndex). */
export const FETCH_ORDER_INDEX = 'parallax_job_fetch_order';

/**
 * An index in the order pg-boss's fetch takes waiting jobs (priority, then creation, then id:
 * its query in pg-boss 10), so that taking the next job reads one entry instead of sorting every
 * waiting job of the queue, each time (issue 6: the cost of a fetch grew with the backlog). On
 * pg-boss's partitioned job table, so every queue's partition has it. Created once: the check
 * comes first because CREATE INDEX, even IF NOT EXISTS, waits for and blocks the queue's writes.
 * The planner uses it once it knows the table holds more than a few jobs (enqueueFiles analyses it).
 */
async function ensureFetchOrderIndex(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ found: boolean }>(`SELECT to_regclass('pgboss.${FETCH_ORDER_INDEX}') IS NOT NULL AS found`);
  if (rows[0]?.found) return;
  await client.query(`CREATE INDEX IF NOT EXISTS ${FETCH_ORDER_INDEX} ON pgboss.job (name, priority DESC, created_on, id) WHERE state < 'active'`);
}

/**
 * Starts pg-boss on the database (its tables live in their own `pgboss` schema, beside ours) and
 * makes sure the ingest queue exists with its retry policy.
 */
export async function openIngestQueue(url: string, options: QueueOptions = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    db: createQueueDb(url, 2),
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 60,
    // Archived jobs are not needed for long: the documents themselves are the record.
    archiveCompletedAfterSeconds: 3600,
  });
  // pg-boss reports background errors as events; without a listener Node would crash the worker.
  boss.on('error', () => {});
  try {
    await oneAtATime(url, async (client) => {
      await boss.start();
      await boss.createQueue(INGEST_QUEUE, {
        name: INGEST_QUEUE,
        retryLimit: options.retryLimit ?? 3,
        retryDelay: 1,
        expireInSeconds: options.expireInSeconds ?? 600,
      });
      await ensureFetchOrderIndex(client);
    });
  } catch (err) {
    await boss.stop({ graceful: false }).catch(() => {});
    throw new ParallaxError('database_error', `Cannot open the ingest queue: ${err instanceof Error ? err.message : String(err)}`);
  }
  return boss;
}
