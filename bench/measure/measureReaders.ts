import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { createServer } from '../../src/api/createServer.js';
import { createQueries } from '../../src/services/queries/createQueries.js';
import { createReadModel } from '../../src/services/queries/createReadModel.js';
import { searchIncidents } from '../../src/services/queries/searchIncidents.js';
import { ANONYMOUS } from '../../src/services/review/viewer.js';
import type { Store } from '../../src/store/Store.js';
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

// The readers run in a child Node process, as real readers are not inside the server: sharing
// the server's event loop, the clients' own work (200 HTTP clients parsing 200 answers) would be
// charged to the server. Plain JavaScript, so it needs no TypeScript loader.
const CLIENTS = `
import http from 'node:http';
const { origin, paths, readers, requestsEach } = JSON.parse(process.argv[1]);
const WARMUP = 2;
// node:http with a keep-alive agent, one socket per reader, as load tools such as autocannon do:
// fetch (undici) costs several times more CPU per request, and on a small machine the clients'
// own work would then be what the figure measures.
const agent = new http.Agent({ keepAlive: true, maxSockets: readers });
const get = (path) => new Promise((resolve, reject) => {
  http.get(origin + path, { agent, headers: { accept: 'application/json' } }, (response) => {
    response.resume();
    response.on('end', () => resolve(response.statusCode));
    response.on('error', reject);
  }).on('error', reject);
});
const latencies = [];
let errors = 0;
const started = performance.now();
const connecting = [];
const reader = async (r) => {
  // Opens this reader's connection on the cheapest route first, timed apart.
  const c = performance.now();
  try {
    await get('/api/v1/health');
  } catch {
    errors++;
  }
  connecting.push(performance.now() - c);
  // A couple of untimed requests first, as load tests warm up: both processes' JIT and the
  // sockets settle, so the figure is the steady state rather than the first second.
  for (let n = 0; n < WARMUP; n++) await get(paths[(r + n) % paths.length]).catch(() => errors++);
  for (let n = 0; n < requestsEach; n++) {
    const t = performance.now();
    try {
      const status = await get(paths[(r + n) % paths.length]);
      if (status < 200 || status >= 300) errors++;
    } catch {
      errors++;
    }
    latencies.push(performance.now() - t);
  }
};
await Promise.all(Array.from({ length: readers }, (_, r) => reader(r)));
// Exits once written: idle keep-alive connections would otherwise hold the process open.
process.stdout.write(JSON.stringify({ latencies, connecting, errors, seconds: (performance.now() - started) / 1000 }), () => process.exit(0));
`;

interface ClientsOutput {
  readonly latencies: readonly number[];
  readonly connecting: readonly number[];
  readonly errors: number;
  readonly seconds: number;
}

/** Runs the clients' process to its end; the server keeps answering in this one meanwhile. */
function runClients(input: { origin: string; paths: readonly string[]; readers: number; requestsEach: number }): Promise<ClientsOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', CLIENTS, JSON.stringify(input)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as ClientsOutput) : reject(new Error(`reader clients exited with ${code}`))));
  });
}

/**
 * `readers` clients at once, reader r asking paths[(r + n) % paths.length] on its n-th request.
 * Exactly readers × requestsEach timed requests, after two untimed ones each. Each reader first opens its connection with one
 * GET /api/v1/health (200 connections at once), timed apart: real readers keep their connection.
 */
async function load(origin: string, paths: readonly string[], readers: number, requestsEach: number): Promise<LoadResult> {
  const out = await runClients({ origin, paths, readers, requestsEach });
  return {
    requests: out.latencies.length,
    errors: out.errors,
    latency: summarise(out.latencies),
    connectingP95: percentile(out.connecting, 0.95),
    requestsPerSec: out.latencies.length / out.seconds,
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
