import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runJsonChild } from './runJsonChild.js';

const dir = mkdtempSync(join(tmpdir(), 'parallax-child-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function script(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, body);
  return path;
}

describe('runJsonChild', () => {
  it('resolves with the JSON of the last line, given the arguments and node flags', async () => {
    const path = script('echo.mjs', "console.log('warming up');\nconsole.log(JSON.stringify({ args: process.argv.slice(2), gc: typeof globalThis.gc }));\n");
    const result = await runJsonChild<{ args: string[]; gc: string }>(path, ['--n', '3'], ['--expose-gc']);
    expect(result).toEqual({ args: ['--n', '3'], gc: 'function' });
  });

  it('rejects when the child fails or prints no JSON', async () => {
    await expect(runJsonChild(script('fail.mjs', "console.log('{\"half\":');\nprocess.exit(3);\n"), [])).rejects.toThrow(/exited with 3/);
    await expect(runJsonChild(script('silent.mjs', "console.log('done');\n"), [])).rejects.toThrow(/exited with 0: done/);
  });
});
