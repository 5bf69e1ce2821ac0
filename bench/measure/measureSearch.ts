import type { Store } from '../../src/store/Store.js';
import { percentile, timeMs } from './stats.js';

export interface LatencySummary {
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  readonly samples: number;
}

export function summarise(samples: readonly number[]): LatencySummary {
  return { p50: percentile(samples, 0.5), p95: percentile(samples, 0.95), max: percentile(samples, 1), samples: samples.length };
}

export interface SearchResult {
  readonly search: LatencySummary;
  /** The slowest query's own p95, so one pathological word is visible. */
  readonly slowest: { readonly q: string; readonly p95: number };
  /** The first page without a query (the list the incidents page opens on). */
  readonly list: LatencySummary;
}

/**
 * Latency of Store.listIncidents, first page of 50 (as the API asks), for each query `reps` times
 * after one untimed warm-up each, and of the unfiltered first page.
 */
export function measureSearch(store: Store, queries: readonly string[], reps: number): SearchResult {
  const all: number[] = [];
  let slowest = { q: '', p95: -1 };
  for (const q of queries) {
    store.listIncidents({ q, limit: 50, offset: 0 });
    const own = Array.from({ length: reps }, () => timeMs(() => store.listIncidents({ q, limit: 50, offset: 0 })));
    all.push(...own);
    const p95 = percentile(own, 0.95);
    if (p95 > slowest.p95) slowest = { q, p95 };
  }
  const list = Array.from({ length: reps * 2 }, () => timeMs(() => store.listIncidents({ limit: 50, offset: 0 })));
  return { search: summarise(all), slowest, list: summarise(list) };
}
