import type { BenchResult } from './benchResult.js';

const round = (n: number): number => Number(n.toFixed(1));

/**
 * The readers' figures as docs/reliability.md reports them (scripts/write-reliability.ts reads
 * test-artifacts/reliability/load.json, which the bench writes from this).
 */
export function toLoadFigures(result: BenchResult) {
  const { readers, firstLoad } = result;
  return {
    mode: result.mode,
    measuredAt: result.startedAt.slice(0, 10),
    readers: readers.readers,
    incidents: firstLoad.incidents,
    requests: readers.requests,
    errors: readers.errors,
    p95Ms: round(readers.latency.p95),
    coldMs: round(readers.coldMs),
    mixedDistinct: readers.mixed.distinct,
    mixedP95Ms: round(readers.mixed.latency.p95),
  };
}
