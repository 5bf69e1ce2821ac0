import type { ReadersResult } from '../measure/measureReaders.js';
import type { BenchResult } from './benchResult.js';
import type { BenchSummary } from './summariseBench.js';

const fmt = (n: number, digits = 1): string => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

const ofRuns = (runs: readonly { readonly articles: number }[]): string => `median of ${runs.length} run${runs.length === 1 ? '' : 's'} of ${runs[0]?.articles ?? 0}`;

/** Rows of [figure, value, target] for the terminal and for docs/performance.md. */
export function tableRows(result: BenchResult, summary: BenchSummary): string[][] {
  const runs = result.ingestRuns;
  const pg = result.postgres;
  const rows: string[][] = [
    ['Ingest, SQLite, one core (articles/s, CPU time)', `${fmt(summary.ingestSqlite.articlesPerSec)} (median of ${runs.length} runs of ${runs[0].articles})`, '≥ 200'],
    ['Raw wink-nlp pass, same texts (articles/s)', fmt(summary.winkPerSec), '—'],
    ['Ingest ÷ raw wink-nlp (floor ratio)', `${fmt(summary.ingestSqlite.floorRatio)}×`, '≤ 2.5×'],
    ['NLP analysis: tokens → speakers (articles/s)', fmt(summary.analysisPerSec), '—'],
    ['Attribution stage alone: sentences + attribution + speakers (articles/s)', fmt(summary.attributionPerSec), '—'],
    [`Ingest, PostgreSQL queue, 1 worker process (articles/s, wall time)`, `${fmt(summary.ingestPostgres.workers1)} (${ofRuns(pg.workers1)})`, '—'],
    [`Ingest, PostgreSQL queue, 2 worker processes (articles/s, wall time)`, `${fmt(summary.ingestPostgres.workers2)} (${ofRuns(pg.workers2)}; ${fmt(summary.ingestPostgres.ratio, 2)}× one worker${ceilingOf(summary, result.machine.cores)})`, '≥ 1.8× one'],
    [`Search p95, SQLite, ${summary.docs} docs / ${summary.claims} claims (ms)`, `${fmt(summary.searchP95Ms.sqlite)} (slowest query “${result.steps[result.steps.length - 1].search.slowest.q}”)`, '< 50'],
    [`Search p95, PostgreSQL, ${summary.postgres.docs} docs / ${summary.postgres.claims} claims (ms)`, `${fmt(summary.searchP95Ms.postgres)} (slowest query “${pg.search.slowest.q}”; unfiltered first page p95 ${fmt(summary.postgres.listP95Ms)})`, '< 50'],
    ['Peak RSS while ingesting (MB)', `${fmt(summary.peakRssMb, 0)} (${Math.max(...runs.map((r) => r.articles), result.rssRun?.articles ?? 0)} articles in one process)`, '< 1024 at 100,000'],
    ...memoryRows(summary),
    ...readersRows(result.readers),
    [`First load of the incidents page, ${result.firstLoad.incidents} incidents (ms)`, `cold ${fmt(result.firstLoad.coldMs)}, warm ${fmt(result.firstLoad.warmMs)}`, '—'],
  ];
  return rows;
}

/** One worker's CPU per article and what it leaves two workers on this machine, when the runs measured it. */
function ceilingOf(summary: BenchSummary, cores: number): string {
  const pg = summary.ingestPostgres;
  if (!('coresBusy1' in pg) || pg.coresBusy1 === undefined) return '';
  return `; one worker: ${fmt(pg.cpuMsPerArticle.workers)} ms CPU per article in the worker, ${fmt(pg.cpuMsPerArticle.server)} ms in PostgreSQL, ${fmt(pg.coresBusy1, 2)} of ${cores} cores busy, so at most ${fmt(pg.cpuBoundRatio, 2)}× while CPU-bound`;
}

/** What each process spent per request, when the run measured it (results saved before did not). */
function cpuOf(load: { readonly serverCpuMsPerRequest?: number; readonly clientCpuMsPerRequest?: number }): string {
  if (load.serverCpuMsPerRequest === undefined || load.clientCpuMsPerRequest === undefined) return '';
  return `; CPU per request: server ${fmt(load.serverCpuMsPerRequest, 3)} ms, clients ${fmt(load.clientCpuMsPerRequest, 3)} ms`;
}

/** The two readers rows (same request, then the mixed queries), for the full table and `--only readers`. */
export function readersRows(readers: ReadersResult): string[][] {
  const { mixed } = readers;
  return [
    [`${readers.readers} concurrent readers, GET /api/v1/incidents p95 (ms)`, `${fmt(readers.latency.p95)} (${readers.requests} requests, ${readers.errors} errors, ${fmt(readers.requestsPerSec, 0)} req/s; cold first request ${fmt(readers.coldMs)}, uncached computation ${fmt(readers.uncachedMs)}; opening the connections p95 ${fmt(readers.connectingP95)}${cpuOf(readers)})`, '< 100'],
    [`${readers.readers} concurrent readers, ${mixed.distinct} different queries and pages, p95 (ms)`, `${fmt(mixed.latency.p95)} (${mixed.requests} requests, ${mixed.errors} errors, ${fmt(mixed.requestsPerSec, 0)} req/s; opening the connections p95 ${fmt(mixed.connectingP95)}${cpuOf(mixed)})`, '< 100'],
  ];
}

/** The largest streamed memory run, when it is a separate recorded one, says so. */
function memoryRows(summary: BenchSummary): string[][] {
  const m = summary.memory;
  if (!m || m.thisRun) return [];
  const where = `separate run \`npm run bench -- --only memory\`, ${m.measuredAt.slice(0, 10)}${m.commit ? `, commit ${m.commit}` : ''}`;
  return [[`Peak RSS while ingesting ${m.articles} articles, streamed (MB)`, `${fmt(m.peakRssMb, 0)} (${where})`, '< 1024 at 100,000']];
}

export function memorySampleRows(summary: BenchSummary): string[][] {
  return (summary.memory?.samples ?? []).map((s) => [String(s.articles), fmt(s.rssMb, 0), fmt(s.heapMb, 0)]);
}

export const MEMORY_HEADER = ['Articles ingested', 'RSS (MB)', 'Live heap after a collection (MB)'];

export function growthRows(summary: BenchSummary): string[][] {
  return summary.growth.map((g) => [
    String(g.docs), fmt(g.searchP95Ms), fmt(g.listP95Ms), fmt(g.placementDatedMs, 2), fmt(g.placementUndatedMs, 2), fmt(g.ingestArticlesPerSec),
  ]);
}

export const GROWTH_HEADER = ['Documents', 'Search p95 (ms)', 'List p95 (ms)', 'Candidates, dated (ms)', 'Candidates, undated (ms)', 'Ingest into store (articles/s)'];

/** A plain-text table with aligned columns. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A Markdown table. */
export function formatMarkdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
