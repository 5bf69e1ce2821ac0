import { median } from '../measure/stats.js';
import type { BenchResult } from './benchResult.js';

const round = (n: number, digits = 2): number => Number(n.toFixed(digits));

/**
 * The one-line JSON of `npm run bench -- --json`. The PostgreSQL search figure is taken at a
 * smaller store than SQLite's (`postgres.docs`), so its size travels with it.
 */
export function summariseBench(result: BenchResult) {
  const ingest = median(result.ingestRuns.map((r) => r.ingestPerSec.cpu));
  const wink = median(result.ingestRuns.map((r) => r.winkPerSec.cpu));
  const largest = result.steps[result.steps.length - 1];
  const workers1 = median(result.postgres.workers1.map((r) => r.articlesPerSec));
  const workers2 = median(result.postgres.workers2.map((r) => r.articlesPerSec));
  const rss = [...result.ingestRuns, ...(result.rssRun ? [result.rssRun] : [])].map((r) => r.maxRssMb);
  return {
    mode: result.mode,
    ingestSqlite: { articlesPerSec: round(ingest), floorRatio: round(wink / ingest) },
    ingestPostgres: { workers1: round(workers1), workers2: round(workers2), ratio: round(workers2 / workers1), ...postgresCpu(result) },
    searchP95Ms: { sqlite: round(largest.search.search.p95), postgres: round(result.postgres.search.search.p95) },
    postgres: { docs: result.postgres.documents, claims: result.postgres.claims, listP95Ms: round(result.postgres.search.list.p95) },
    peakRssMb: round(Math.max(...rss), 0),
    memory: largestMemoryRun(result),
    docs: largest.documents,
    claims: largest.claims,
    incidents: largest.incidents,
    attributionPerSec: round(median(result.ingestRuns.map((r) => r.attributionPerSec.cpu))),
    analysisPerSec: round(median(result.ingestRuns.map((r) => r.analysisPerSec.cpu))),
    winkPerSec: round(wink),
    readersP95Ms: round(result.readers.latency.p95),
    readersColdMs: round(result.readers.coldMs),
    readersUncachedMs: round(result.readers.uncachedMs),
    readersMixedP95Ms: round(result.readers.mixed.latency.p95),
    firstLoadMs: { cold: round(result.firstLoad.coldMs), warm: round(result.firstLoad.warmMs), incidents: result.firstLoad.incidents },
    growth: result.steps.map((s) => ({
      docs: s.documents,
      searchP95Ms: round(s.search.search.p95),
      listP95Ms: round(s.search.list.p95),
      placementDatedMs: round(s.placement.datedMs, 3),
      placementUndatedMs: round(s.placement.undatedMs, 3),
      ingestArticlesPerSec: round(s.ingestIntoPerSec),
    })),
    flags: result.flags,
  };
}

export type BenchSummary = ReturnType<typeof summariseBench>;

/**
 * The largest streamed memory run known: this run's, or the recorded separate run when it ingested
 * more (labelled with when and on what commit it was measured, since it is not this run's).
 */
/**
 * What one worker's run costs in CPU (median of the one-worker runs) and what that allows: with
 * `coresBusy` cores kept busy by one worker and its server, two workers on a machine of `cores`
 * cores cannot go faster than cores / coresBusy times one while the work is CPU-bound. Absent
 * when the runs did not measure CPU (off Linux, or a result saved before they did).
 */
function postgresCpu(result: BenchResult) {
  const runs = result.postgres.workers1.filter((r) => r.coresBusy !== undefined);
  if (runs.length === 0) return {};
  const coresBusy = median(runs.map((r) => r.coresBusy ?? 0));
  return {
    cpuMsPerArticle: { workers: round(median(runs.map((r) => r.workerCpuMsPerArticle ?? 0)), 1), server: round(median(runs.map((r) => r.serverCpuMsPerArticle ?? 0)), 1) },
    coresBusy1: round(coresBusy),
    cpuBoundRatio: round(Math.min(2, result.machine.cores / coresBusy)),
  };
}

function largestMemoryRun(result: BenchResult) {
  const own = result.rssRun;
  const record = result.memoryRecord;
  const pick = record && (!own || record.run.articles > own.articles)
    ? { run: record.run, measuredAt: record.measuredAt, commit: record.commit }
    : own ? { run: own, measuredAt: result.startedAt, commit: null } : null;
  if (!pick) return null;
  return {
    articles: pick.run.articles,
    peakRssMb: round(pick.run.maxRssMb, 0),
    thisRun: pick.run === own,
    measuredAt: pick.measuredAt,
    commit: pick.commit,
    samples: pick.run.samples.map((s) => ({ articles: s.articles, rssMb: round(s.rssMb, 0), heapMb: round(s.heapMb, 0) })),
  };
}
