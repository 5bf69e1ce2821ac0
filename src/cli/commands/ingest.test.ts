import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../main.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: (t) => void (out += t), stderr: (t) => void (err += t), isTTY: false, env: {}, cwd: process.cwd() });
  return { code, out, err };
}

describe('parallax ingest --doc-timeout-ms', () => {
  it('refuses a limit that is not a positive whole number, and ingests under a generous one', async () => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-cli-ingest-'));
    const file = join(dir, 'report.txt');
    writeFileSync(file, 'Agents detained a cook outside a diner on Monday, his sister said.');
    for (const bad of ['0', 'soon', '1.5']) {
      const refused = await run(['ingest', file, '--db', join(dir, 'p.db'), '--doc-timeout-ms', bad]);
      expect(refused.code, bad).not.toBe(0);
      expect(refused.err).toMatch(/--doc-timeout-ms must be a positive whole number/);
    }
    const ok = await run(['ingest', file, '--db', join(dir, 'p.db'), '--doc-timeout-ms', '60000', '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out)).toMatchObject({ stored: 1, failed: [] });
  });
});
