import { describe, expect, it } from 'vitest';
import type { PostgresIngestRun } from './measurePostgres.js';
import { formatPostgresIngest, summarisePostgresIngest } from './summarisePostgresIngest.js';

function run(workers: number, articlesPerSec: number, cpu?: { worker: number; server: number; cores: number }): PostgresIngestRun {
  return {
    workers,
    articles: 10,
    stored: 10,
    failed: 0,
    keptAside: 0,
    articlesPerSec,
    seconds: 10 / articlesPerSec,
    wallSeconds: 1,
    ...(cpu ? { workerCpuMsPerArticle: cpu.worker, serverCpuMsPerArticle: cpu.server, coresBusy: cpu.cores } : {}),
  };
}

describe('summarisePostgresIngest', () => {
  it('takes the median of each worker count and the ratio of the two medians', () => {
    const summary = summarisePostgresIngest({
      workers1: [run(1, 30, { worker: 20, server: 10, cores: 1.1 }), run(1, 10, { worker: 22, server: 12, cores: 1.0 }), run(1, 20, { worker: 21, server: 11, cores: 1.2 })],
      workers2: [run(2, 36, { worker: 24, server: 12, cores: 1.8 }), run(2, 40, { worker: 25, server: 13, cores: 1.9 }), run(2, 38, { worker: 23, server: 14, cores: 1.7 })],
    });
    expect(summary.workers1).toEqual({ runs: 3, articlesPerSec: 20, workerCpuMsPerArticle: 21, serverCpuMsPerArticle: 11, coresBusy: 1.1 });
    expect(summary.workers2.articlesPerSec).toBe(38);
    expect(summary.ratio).toBeCloseTo(38 / 20, 10);
    const text = formatPostgresIngest(summary);
    expect(text).toContain('20.0 articles/s (median of 3)');
    expect(text).toContain('1.90×');
  });

  it('leaves a CPU figure out when a run could not measure it, instead of counting it as zero', () => {
    const summary = summarisePostgresIngest({ workers1: [run(1, 10, { worker: 20, server: 10, cores: 1 }), run(1, 12)], workers2: [run(2, 15)] });
    expect(summary.workers1.workerCpuMsPerArticle).toBeNull();
    expect(summary.workers2.coresBusy).toBeNull();
    expect(formatPostgresIngest(summary)).not.toContain('CPU per article');
  });
});
