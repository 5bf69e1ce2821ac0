import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../main.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; err: string }> {
  let err = '';
  const code = await main(args, { stdout: () => {}, stderr: (t) => void (err += t), isTTY: false, env, cwd: process.cwd() });
  return { code, err };
}

// The queue itself is tested against a real server in test/postgres/ingestQueue.test.ts.
describe('parallax worker / ingest --queue / migrate-db arguments', () => {
  it('say that the queue needs PostgreSQL when given a database file', async () => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-cli-worker-'));
    const db = join(dir, 'p.db');
    const worker = await run(['worker', '--db', db]);
    expect(worker.code).not.toBe(0);
    expect(worker.err).toMatch(/PostgreSQL/);
    const ingest = await run(['ingest', '--queue', dir, '--db', db]);
    expect(ingest.code).not.toBe(0);
    expect(ingest.err).toMatch(/PostgreSQL/);
  });

  it('refuse a bad concurrency and a migrate-db without its ends', async () => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-cli-worker-'));
    const bad = await run(['worker', '--concurrency', '0'], { DATABASE_URL: 'postgres://u:p@127.0.0.1:1/x' });
    expect(bad.err).toMatch(/--concurrency/);
    const missing = await run(['migrate-db', '--from', join(dir, 'p.db')]);
    expect(missing.code).not.toBe(0);
    expect(missing.err).toMatch(/--to/);
  });
});
