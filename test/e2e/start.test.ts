import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

describe('npm start (parallax start)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parallax-start-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ingests the bundled samples, serves the UI and the API, and prints the URL', async () => {
    const child = spawn(process.execPath, [path.join(root, 'bin/parallax.js'), 'start', '--port', '0'], {
      cwd: dir,
      env: { ...process.env, PARALLAX_DB: path.join(dir, 'p.db') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`no URL printed; output so far: ${out}`)), 60_000);
        child.stdout.on('data', (chunk) => {
          out += String(chunk);
          const m = out.match(/http:\/\/127\.0\.0\.1:\d+\//);
          if (m) {
            clearTimeout(timer);
            resolve(m[0]);
          }
        });
        child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
      });
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<html/i);
      const list = (await (await fetch(`${url}api/v1/incidents`)).json()) as { total: number };
      expect(list.total).toBeGreaterThanOrEqual(3);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    expect(child.exitCode === 0 || child.signalCode === 'SIGTERM').toBe(true);
  }, 90_000);
});
