import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listInputFiles } from '../../src/ingest/listInputFiles.js';
import { ingestPaths } from '../../src/services/ingest/ingestPaths.js';
import { enqueueFiles } from '../../src/services/queue/enqueueFiles.js';
import { ingestWithWorkers } from '../../src/services/queue/ingestWithWorkers.js';
import { runWorker } from '../../src/services/queue/runWorker.js';
import { openStore } from '../../src/store/openStore.js';
import { useEmbeddedPostgres } from './useEmbeddedPostgres.js';

const SAMPLES = fileURLToPath(new URL('../../samples/documents', import.meta.url));
const CRASHING_WORKER = fileURLToPath(new URL('./crashingWorker.ts', import.meta.url));

const server = useEmbeddedPostgres();

/** What the embedded store makes of the same files, ingested one by one: the reference. */
function ingestInSqlite(): { versions: number; incidents: number } {
  const store = openStore(':memory:');
  try {
    ingestPaths(store, [SAMPLES]);
    return { versions: store.listLatestVersionIds().length, incidents: store.countIncidents() };
  } finally {
    store.close();
  }
}

function countStored(url: string): { versions: number; incidents: number; shas: string[] } {
  const store = openStore(url);
  try {
    const ids = store.listLatestVersionIds();
    const shas = ids.map((id) => store.getVersion(id)?.sha256 ?? '');
    return { versions: ids.length, incidents: store.countIncidents(), shas };
  } finally {
    store.close();
  }
}

function runCrashingWorker(url: string): Promise<{ signal: string | null; path: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CRASHING_WORKER], {
      env: { ...process.env, PARALLAX_WORKER_URL: url },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ signal, path: out.trim() }));
  });
}

describe('ingestion as jobs on PostgreSQL', () => {
  const files = listInputFiles([SAMPLES]);

  it('stores every sample exactly once with two worker processes, and a second round changes nothing', async () => {
    const url = await server().createDatabase();
    const result = await ingestWithWorkers(url, files, 2);
    expect(result.stored).toBe(files.length);
    expect(result.failed).toBe(0);
    expect(result.articlesPerSecond).toBeGreaterThan(0);
    const stored = countStored(url);
    expect(stored.versions).toBe(files.length);
    expect(new Set(stored.shas).size).toBe(files.length);
    // Serialised writes mean concurrent workers place documents in incidents as one process would.
    expect(stored.incidents).toBe(ingestInSqlite().incidents);

    const again = await enqueueFiles(url, files);
    expect(again.enqueued).toBe(files.length);
    const summary = await runWorker(url, { untilEmpty: true, pollMs: 100 });
    expect(summary).toMatchObject({ stored: 0, unchanged: files.length, failed: 0 });
    expect(countStored(url).versions).toBe(files.length);
  }, 400_000);

  it('retries the job of a worker killed mid-transaction, and stores that document once, whole', async () => {
    const url = await server().createDatabase();
    // A short expiry so the dead worker's job comes back within the test.
    await enqueueFiles(url, files, { expireInSeconds: 3 });
    const crash = await runCrashingWorker(url);
    expect(crash.signal).toBe('SIGKILL');
    expect(files).toContain(crash.path);
    expect(countStored(url).versions).toBe(0);

    const seen: string[] = [];
    const summary = await runWorker(url, {
      untilEmpty: true,
      pollMs: 200,
      maintenanceIntervalSeconds: 1,
      onJob: (r) => seen.push(r.path),
    });
    expect(summary.stored).toBe(files.length);
    expect(seen.filter((p) => p === crash.path)).toHaveLength(1);
    const stored = countStored(url);
    expect(stored.versions).toBe(files.length);
    expect(new Set(stored.shas).size).toBe(files.length);
  }, 400_000);
});
