import type { AddressInfo } from 'node:net';
import { createServer } from '../../src/api/createServer.js';
import { createQueries } from '../../src/services/queries/createQueries.js';
import { createReadModel } from '../../src/services/queries/createReadModel.js';
import { searchIncidents } from '../../src/services/queries/searchIncidents.js';
import { ANONYMOUS } from '../../src/services/review/viewer.js';
import type { Store } from '../../src/store/Store.js';
import { runReaderClients } from './runReaderClients.js';
import { summarise, type LatencySummary } from './measureSearch.js';
import { median, percentile } from './stats.js';
import type { RunningServer } from './startServer.js';

export interface LoadResult {
  readonly requests: number;
  readonly errors: number;
  readonly latency: LatencySummary;
  /** p95 of each reader's opening request (GET /api/v1/health, connection included), not in `latency`. */
  readonly connectingP95: number;
  readonly requestsPerSec: number;
  /**
   * CPU (user + system) of the server's process, and of the clients' process, divided by the timed
   * requests; both include the connections and warm-ups. Absent from results saved before them.
   */
  readonly serverCpuMsPerRequest?: number;
  readonly clientCpuMsPerRequest?: number;
}

export interface ReadersResult extends LoadResult {
  readonly readers: number;
  /** The first GET /api/v1/incidents of a fresh server: nothing cached, the read model loads the store. */
  readonly coldMs: number;
  /** The same answer computed from scratch in process (searchIncidents, no HTTP, no cache), median of several. */
  readonly uncachedMs: number;
  /** The same readers, each walking a list of different queries, pages, filters and sorts. */
  readonly mixed: LoadResult & { readonly distinct: number };
}

/** The server as `parallax serve` runs it (read model included), on a free loopback port, seen by anonymous readers. */
export async function startReaderServer(store: Store): Promise<RunningServer> {
  const app = createServer({ queries: createQueries(store), readModel: createReadModel(store) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => app.close() };
}

async function timeGet(url: string): Promise<{ ms: number; ok: boolean; body: ArrayBuffer }> {
  const t = performance.now();
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  const body = await response.arrayBuffer();
  return { ms: performance.now() - t, ok: response.ok, body };
}

/**
 * `readers` clients at once, reader r asking paths[(r + n) % paths.length] on its n-th request.
 * Exactly readers × requestsEach timed requests, after two untimed ones each. Each reader first opens its connection with one
 * GET /api/v1/health (200 connections at once), timed apart: real readers keep their connection.
 * The CPU both processes spent per timed request is kept beside the latency: on a shared
 * machine the p95 moves with the load, the server's CPU per request moves with its work.
 */
async function load(origin: string, paths: readonly string[], readers: number, requestsEach: number): Promise<LoadResult> {
  const cpu = process.cpuUsage();
  const out = await runReaderClients({ origin, paths, readers, requestsEach });
  const spent = process.cpuUsage(cpu);
  const requests = out.latencies.length;
  return {
    requests,
    errors: out.errors,
    latency: summarise(out.latencies),
    connectingP95: percentile(out.connecting, 0.95),
    requestsPerSec: requests / out.seconds,
    serverCpuMsPerRequest: (spent.user + spent.system) / 1000 / requests,
    clientCpuMsPerRequest: out.cpuMs / requests,
  };
}

/** Different pages, sorts, facet filters (taken from the store's own facets) and searches. */
function mixedPaths(first: { facets: Record<string, { value: string }[]> }): string[] {
  const top = (facet: string, n: number) => (first.facets[facet] ?? []).slice(0, n).map((f) => encodeURIComponent(f.value));
  return [
    ...[0, 50, 100, 150].map((offset) => `/api/v1/incidents?limit=50&offset=${offset}`),
    ...['date_asc', 'contested', 'documents', 'place'].map((sort) => `/api/v1/search?sort=${sort}&limit=50`),
    ...top('state', 4).map((s) => `/api/v1/search?state=${s}&limit=50`),
    ...top('month', 2).map((m) => `/api/v1/search?month=${m}&limit=50&offset=50`),
    ...['shot', 'footage', 'pepper spray'].map((q) => `/api/v1/search?q=${encodeURIComponent(q)}&limit=50`),
  ];
}

/**
 * `readers` anonymous clients at once, each asking GET /api/v1/incidents (first page, default
 * limit) `requestsEach` times in a row, against the real server on loopback; then the same load
 * spread over different queries. Bounded: never an open-ended load. The cold first request and
 * an uncached in-process computation are reported beside, so the cache is not taken for the work.
 */
export async function measureReaders(store: Store, readers: number, requestsEach: number): Promise<ReadersResult> {
  const server = await startReaderServer(store);
  try {
    const cold = await timeGet(`${server.origin}/api/v1/incidents`);
    const uncached: number[] = [];
    for (let n = 0; n < 5; n++) {
      const t = performance.now();
      searchIncidents(store, { limit: 50, offset: 0 }, ANONYMOUS);
      uncached.push(performance.now() - t);
    }
    const same = await load(server.origin, ['/api/v1/incidents'], readers, requestsEach);
    const first = (await (await fetch(`${server.origin}/api/v1/search?limit=1`)).json()) as { facets: Record<string, { value: string }[]> };
    const paths = mixedPaths(first);
    const mixed = await load(server.origin, paths, readers, requestsEach);
    return { readers, ...same, coldMs: cold.ms, uncachedMs: median(uncached), mixed: { ...mixed, distinct: paths.length } };
  } finally {
    await server.close();
  }
}
