import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readServerCpuMs, sampleServerCpu } from './readServerCpu.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readServerCpuMs', () => {
  it('reads the CPU of the process a postmaster.pid names, and grows as it works', () => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-server-cpu-'));
    // This test process stands in for a postmaster: its own pid in the file.
    writeFileSync(join(dir, 'postmaster.pid'), `${process.pid}\n${dir}\n`);
    const before = readServerCpuMs(dir);
    if (process.platform !== 'linux') {
      expect(before).toBeNull();
      return;
    }
    expect(before).toBeGreaterThanOrEqual(0);
    const until = Date.now() + 150;
    let spin = 0;
    while (Date.now() < until) spin += Math.sqrt(spin + 1);
    expect(spin).toBeGreaterThan(0);
    expect(readServerCpuMs(dir)!).toBeGreaterThan(before!);
  });

  it('is null when the data directory holds no server', () => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-server-cpu-'));
    expect(readServerCpuMs(dir)).toBeNull();
  });
});

describe('sampleServerCpu', () => {
  it('tells the CPU of a span from what came before it', async () => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-server-cpu-'));
    writeFileSync(join(dir, 'postmaster.pid'), `${process.pid}\n`);
    const sampler = sampleServerCpu(dir, 10);
    const busy = (ms: number): void => {
      const until = Date.now() + ms;
      let spin = 0;
      while (Date.now() < until) spin += Math.sqrt(spin + 1);
    };
    const idle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    busy(200);
    await idle(50);
    const from = Date.now();
    await idle(200);
    const to = Date.now();
    sampler.stop();
    const span = sampler.between(from, to);
    if (process.platform !== 'linux') {
      expect(span).toBeNull();
      return;
    }
    // The busy 200 ms came before the span: what the span shows is the idle wait's little CPU.
    expect(span!).toBeGreaterThanOrEqual(0);
    expect(span!).toBeLessThan(150);
    expect(sampler.between(from - 300, to)!).toBeGreaterThan(span!);
  });
});
