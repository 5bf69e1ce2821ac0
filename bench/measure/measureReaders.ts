import type { Store } from '../../src/store/Store.js';
import { summarise, type LatencySummary } from './measureSearch.js';
import { startServer } from './startServer.js';

export interface ReadersResult {
  readonly readers: number;
  readonly requests: number;
  readonly errors: number;
  readonly latency: LatencySummary;
  readonly requestsPerSec: number;
}

/**
 * `readers` anonymous clients at once, each asking GET /api/v1/incidents (first page, default
 * limit) `requestsEach` times in a row, against the real server on loopback. Bounded: exactly
 * readers × requestsEach requests, never an open-ended load.
 */
export async function measureReaders(store: Store, readers: number, requestsEach: number): Promise<ReadersResult> {
  const server = await startServer(store);
  const url = `${server.origin}/api/v1/incidents`;
  const latencies: number[] = [];
  let errors = 0;
  try {
    await fetch(url).then((r) => r.arrayBuffer());
    const started = performance.now();
    const reader = async (): Promise<void> => {
      for (let n = 0; n < requestsEach; n++) {
        const t = performance.now();
        const response = await fetch(url, { headers: { accept: 'application/json' } });
        await response.arrayBuffer();
        latencies.push(performance.now() - t);
        if (!response.ok) errors++;
      }
    };
    await Promise.all(Array.from({ length: readers }, reader));
    const seconds = (performance.now() - started) / 1000;
    return { readers, requests: latencies.length, errors, latency: summarise(latencies), requestsPerSec: latencies.length / seconds };
  } finally {
    await server.close();
  }
}
