import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../testing/runCli.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));


describe('parallax ingest --doc-timeout-ms', () => {
  it('refuses a limit that is not a positive whole number, and ingests under a generous one', async () => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-cli-ingest-'));
    const file = join(dir, 'report.txt');
    writeFileSync(file, 'Agents detained a cook outside a diner on Monday, his sister said.');
    for (const bad of ['0', 'soon', '1.5']) {
      const refused = await runCli(['ingest', file, '--db', join(dir, 'p.db'), '--doc-timeout-ms', bad]);
      expect(refused.code, bad).not.toBe(0);
      expect(refused.stderr).toMatch(/--doc-timeout-ms must be a positive whole number/);
    }
    const ok = await runCli(['ingest', file, '--db', join(dir, 'p.db'), '--doc-timeout-ms', '60000', '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ stored: 1, failed: [] });
  });
});
