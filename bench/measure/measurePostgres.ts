import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchConfig } from '../benchConfig.js';
import { SEARCH_QUERIES } from '../benchConfig.js';
import { generateCorpus, iterateCorpus } from '../corpus/generateCorpus.js';
import { ingestWithWorkers, type WorkersResult } from '../../src/services/queue/ingestWithWorkers.js';
import { openStore } from '../../src/store/openStore.js';
import type { EmbeddedServer } from '../../test/postgres/startEmbeddedPostgres.js';
import { measureSearch, type SearchResult } from './measureSearch.js';
import { populateStore } from './populateStore.js';
import { sampleServerCpu } from './readServerCpu.js';

/** One queue ingest into a fresh database: the throughput and what was stored. */
export interface PostgresIngestRun {
  readonly workers: number;
  readonly articles: number;
  readonly stored: number;
  readonly failed: number;
  /** Times a worker kept a document aside while the other wrote its incident. */
  readonly keptAside: number;
  /** Articles per second of wall time from the first job taken to the last job finished. */
  readonly articlesPerSec: number;
  readonly seconds: number;
  readonly wallSeconds: number;
  /** CPU ms per article of the worker processes (all their threads) while they took jobs. */
  readonly workerCpuMsPerArticle?: number;
  /** CPU ms per article of the PostgreSQL server over the same span (sampled every 250 ms, interpolated); absent off Linux. */
  readonly serverCpuMsPerArticle?: number;
  /** Workers' and server's CPU over the jobs' wall time: how many cores the run kept busy. */
  readonly coresBusy?: number;
}

export interface PostgresResult {
  readonly workers1: readonly PostgresIngestRun[];
  readonly workers2: readonly PostgresIngestRun[];
  readonly documents: number;
  readonly claims: number;
  readonly incidents: number;
  readonly populateSeconds: number;
  readonly search: SearchResult;
}

// Documents written between two turns of the event loop while filling the search store.
const CHUNK = 500;

function toRun(result: WorkersResult, serverCpuMs: number | null): PostgresIngestRun {
  const perArticle = (ms: number): number => ms / Math.max(1, result.stored);
  const workerMs = result.workerCpuSeconds * 1000;
  return {
    workers: result.workers,
    articles: result.files,
    stored: result.stored,
    failed: result.failed,
    keptAside: result.keptAside,
    articlesPerSec: result.articlesPerSecond,
    seconds: result.seconds,
    wallSeconds: result.wallSeconds,
    workerCpuMsPerArticle: perArticle(workerMs),
    ...(serverCpuMs === null ? {} : { serverCpuMsPerArticle: perArticle(serverCpuMs), coresBusy: result.seconds > 0 ? (workerMs + serverCpuMs) / 1000 / result.seconds : 0 }),
  };
}

/** The queue ingest runs alone: each figure once per run, one and two workers alternated. */
export interface PostgresIngestResult {
  readonly workers1: readonly PostgresIngestRun[];
  readonly workers2: readonly PostgresIngestRun[];
}

/**
 * Queue ingest of the same generated articles with one and with two worker processes, alternated
 * so a change in the machine's load hits both, each into a fresh database on a server the caller
 * started (and stops). `npm run bench -- --only postgres` runs this alone.
 */
export async function measurePostgresIngest(server: EmbeddedServer, config: BenchConfig, seed: number, dir: string, log: (line: string) => void): Promise<PostgresIngestResult> {
  const folder = join(dir, 'postgres-corpus');
  mkdirSync(folder, { recursive: true });
  const files = generateCorpus({ seed: seed + 23, articles: config.postgresArticles }).map((a) => {
    const path = join(folder, a.fileName);
    writeFileSync(path, a.text);
    return path;
  });
  // Each worker process ingests these into a scratch database before any takes a job (BenchConfig.postgresWarmUpArticles).
  const warmUpDir = join(dir, 'postgres-warm-up');
  mkdirSync(warmUpDir, { recursive: true });
  for (const a of generateCorpus({ seed: seed + 1_000_029, articles: config.postgresWarmUpArticles })) writeFileSync(join(warmUpDir, a.fileName), a.text);
  const runs: Record<1 | 2, PostgresIngestRun[]> = { 1: [], 2: [] };
  for (let n = 0; n < config.postgresRuns; n++) {
    for (const workers of [1, 2] as const) {
      const url = await server.createDatabase();
      // Each worker warms up through a queue and store of its own on this server, so the PostgreSQL
      // path (pg, pg-boss, the query thread) is compiled too, not only the analysis.
      const warmUpUrls = await Promise.all(Array.from({ length: workers }, () => server.createDatabase()));
      const serverCpu = sampleServerCpu(server.dataDir);
      const result = await ingestWithWorkers(url, files, workers, { warmUpDir, warmUpUrls }).finally(() => serverCpu.stop());
      const run = toRun(result, result.firstJobAt === null || result.lastJobAt === null ? null : serverCpu.between(result.firstJobAt, result.lastJobAt));
      if (run.stored !== files.length) throw new Error(`PostgreSQL ingest with ${workers} worker(s) stored ${run.stored} of ${files.length} articles (${run.failed} failed).`);
      const cpu = run.coresBusy === undefined ? '' : `; CPU per article: workers ${run.workerCpuMsPerArticle?.toFixed(1)} ms, server ${run.serverCpuMsPerArticle?.toFixed(1)} ms; ${run.coresBusy.toFixed(2)} cores busy`;
      log(`PostgreSQL ingest run ${n + 1}/${config.postgresRuns}, ${workers} worker(s): ${run.articlesPerSec.toFixed(1)} articles/s over ${run.seconds.toFixed(1)} s (${run.keptAside} kept aside${cpu})`);
      runs[workers].push(run);
    }
  }
  return { workers1: runs[1], workers2: runs[2] };
}

/**
 * The PostgreSQL half of the bench, on a server the caller started (and stops): the queue ingest
 * runs (measurePostgresIngest); then a store filled through the Store interface as the SQLite one
 * is, and the same search measure on it.
 */
export async function measurePostgres(server: EmbeddedServer, config: BenchConfig, seed: number, dir: string, log: (line: string) => void): Promise<PostgresResult> {
  const runs = await measurePostgresIngest(server, config, seed, dir, log);
  const store = openStore(await server.createDatabase());
  try {
    const articles = iterateCorpus({ seed: seed + 7, articles: config.postgresSearchDocuments });
    const filled = { documents: 0, claims: 0, incidents: 0, seconds: 0 };
    while (filled.documents < config.postgresSearchDocuments) {
      const done = populateStore(store, articles, Math.min(CHUNK, config.postgresSearchDocuments - filled.documents), config.claimsPerDocument);
      if (done.documents === 0) break;
      for (const key of ['documents', 'claims', 'incidents', 'seconds'] as const) filled[key] += done[key];
      // Every store call blocks until the server answers: yield between chunks so an interrupt can stop the server.
      await new Promise((resolve) => setImmediate(resolve));
    }
    log(`PostgreSQL store at ${filled.documents} documents, ${filled.claims} claims (${filled.seconds.toFixed(0)} s writing); measuring search`);
    const search = measureSearch(store, SEARCH_QUERIES, config.searchReps);
    log(`PostgreSQL search p95 ${search.search.p95.toFixed(1)} ms (slowest “${search.slowest.q}”), list p95 ${search.list.p95.toFixed(1)} ms`);
    return { ...runs, documents: filled.documents, claims: filled.claims, incidents: filled.incidents, populateSeconds: filled.seconds, search };
  } finally {
    store.close();
  }
}
