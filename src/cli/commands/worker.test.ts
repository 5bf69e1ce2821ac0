import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../testing/runCli.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));


// The queue itself is tested against a real server in test/postgres/ingestQueue.test.ts.
describe('parallax worker / ingest --queue / migrate-db arguments', () => {
  it('say that the queue needs PostgreSQL when given a database file', async () => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-cli-worker-'));
    const db = join(dir, 'p.db');
    const worker = await runCli(['worker', '--db', db]);
    expect(worker.code).not.toBe(0);
    expect(worker.stderr).toMatch(/PostgreSQL/);
    const ingest = await runCli(['ingest', '--queue', dir, '--db', db]);
    expect(ingest.code).not.toBe(0);
    expect(ingest.stderr).toMatch(/PostgreSQL/);
  });

  it('refuse a bad concurrency and a migrate-db without its ends', async () => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-cli-worker-'));
    const bad = await runCli(['worker', '--concurrency', '0'], { DATABASE_URL: 'postgres://u:p@127.0.0.1:1/x' });
    expect(bad.stderr).toMatch(/--concurrency/);
    const missing = await runCli(['migrate-db', '--from', join(dir, 'p.db')]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/--to/);
  });
});
