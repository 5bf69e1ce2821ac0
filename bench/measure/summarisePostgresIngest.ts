import type { PostgresIngestResult, PostgresIngestRun } from './measurePostgres.js';
import { median } from './stats.js';

/** The medians of one worker count's runs (CPU figures absent off Linux). */
export interface PostgresIngestMedians {
  readonly runs: number;
  readonly articlesPerSec: number;
  readonly workerCpuMsPerArticle: number | null;
  readonly serverCpuMsPerArticle: number | null;
  readonly coresBusy: number | null;
}

export interface PostgresIngestSummary {
  readonly workers1: PostgresIngestMedians;
  readonly workers2: PostgresIngestMedians;
  /** Two workers' median throughput over one worker's (the issue's target: ≥ 1.8). */
  readonly ratio: number;
}

function summariseRuns(runs: readonly PostgresIngestRun[]): PostgresIngestMedians {
  // A figure some run lacks (no /proc) is left out rather than taken as zero.
  const medianOf = (pick: (run: PostgresIngestRun) => number | undefined): number | null => {
    const values = runs.map(pick).filter((v): v is number => v !== undefined);
    return values.length === runs.length && values.length > 0 ? median(values) : null;
  };
  return {
    runs: runs.length,
    articlesPerSec: median(runs.map((r) => r.articlesPerSec)),
    workerCpuMsPerArticle: medianOf((r) => r.workerCpuMsPerArticle),
    serverCpuMsPerArticle: medianOf((r) => r.serverCpuMsPerArticle),
    coresBusy: medianOf((r) => r.coresBusy),
  };
}

/** Each worker count's medians over its runs, and the ratio of the two throughputs. */
export function summarisePostgresIngest(result: PostgresIngestResult): PostgresIngestSummary {
  const workers1 = summariseRuns(result.workers1);
  const workers2 = summariseRuns(result.workers2);
  return { workers1, workers2, ratio: workers2.articlesPerSec / workers1.articlesPerSec };
}

/** The lines `npm run bench -- --only postgres` prints. */
export function formatPostgresIngest(summary: PostgresIngestSummary): string {
  const line = (label: string, m: PostgresIngestMedians): string => {
    const cpu = m.workerCpuMsPerArticle === null || m.serverCpuMsPerArticle === null || m.coresBusy === null ? '' : `; CPU per article: workers ${m.workerCpuMsPerArticle.toFixed(1)} ms, server ${m.serverCpuMsPerArticle.toFixed(1)} ms; ${m.coresBusy.toFixed(2)} cores busy`;
    return `${label}: ${m.articlesPerSec.toFixed(1)} articles/s (median of ${m.runs})${cpu}`;
  };
  return [line('1 worker ', summary.workers1), line('2 workers', summary.workers2), `2 workers / 1 worker: ${summary.ratio.toFixed(2)}× (target ≥ 1.8×)`].join('\n');
}
