import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUICK, SEARCH_QUERIES } from '../benchConfig.js';
import { startEmbeddedPostgres, type EmbeddedServer } from '../../test/postgres/startEmbeddedPostgres.js';
import { measurePostgres } from './measurePostgres.js';

let server: EmbeddedServer;
let dir: string;

beforeAll(async () => {
  server = await startEmbeddedPostgres();
  dir = mkdtempSync(join(tmpdir(), 'parallax-bench-pg-test-'));
}, 120_000);

afterAll(async () => {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe('measurePostgres', () => {
  it('ingests the same articles with one and two workers, fills a store of the asked size and times every search query', async () => {
    const config = { ...QUICK, postgresRuns: 1, postgresArticles: 4, postgresSearchDocuments: 60, searchReps: 2 };
    const lines: string[] = [];
    const result = await measurePostgres(server, config, 11, dir, (line) => lines.push(line));
    for (const [runs, workers] of [[result.workers1, 1], [result.workers2, 2]] as const) {
      expect(runs).toHaveLength(1);
      expect(runs[0]).toMatchObject({ workers, articles: 4, stored: 4, failed: 0 });
      expect(runs[0].articlesPerSec).toBeGreaterThan(0);
    }
    expect(result.documents).toBe(60);
    expect(result.claims).toBeGreaterThan(0);
    expect(result.incidents).toBeGreaterThan(0);
    expect(result.search.search.samples).toBe(SEARCH_QUERIES.length * 2);
    expect(SEARCH_QUERIES).toContain(result.search.slowest.q);
    expect(lines.some((l) => l.includes('PostgreSQL store at 60 documents'))).toBe(true);
  }, 300_000);
});
