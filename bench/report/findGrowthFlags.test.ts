import { describe, expect, it } from 'vitest';
import type { SizeStep } from './benchResult.js';
import { findGrowthFlags, growthExponent } from './findGrowthFlags.js';

describe('growthExponent', () => {
  it('is 1 when the cost grows in proportion to the size and 2 when it grows with its square', () => {
    expect(growthExponent(1000, 3, 10000, 30)).toBeCloseTo(1, 6);
    expect(growthExponent(1000, 3, 10000, 300)).toBeCloseTo(2, 6);
  });

  it('is 0 for a flat cost and for a missing measurement', () => {
    expect(growthExponent(1000, 5, 100000, 5)).toBe(0);
    expect(growthExponent(1000, 0, 100000, 5)).toBe(0);
  });
});

function step(documents: number, searchP95: number): SizeStep {
  const latency = (p95: number) => ({ p50: p95 / 2, p95, max: p95, samples: 20 });
  return {
    documents,
    claims: documents * 10,
    incidents: documents / 3,
    populateSeconds: 1,
    search: { search: latency(searchP95), slowest: { q: 'word', p95: searchP95 }, list: latency(0.3) },
    placement: { datedMs: 0.1, datedRows: 3, undatedMs: 0.2, undatedRows: 5 },
    ingestIntoPerSec: 50,
  };
}

describe('findGrowthFlags', () => {
  it('flags a cost growing faster than the square root of the size, and only that one', () => {
    const flags = findGrowthFlags([step(1000, 1), step(10000, 10), step(100000, 100)]);
    expect(flags).toHaveLength(2);
    expect(flags.every((f) => f.startsWith('search p95: ×10.0'))).toBe(true);
    expect(flags[0]).not.toContain('then');
  });

  it('says when a flagged cost stops growing at the next step (a cost that reaches a cap)', () => {
    const [flag, ...rest] = findGrowthFlags([step(1000, 1.5), step(10000, 7.4), step(100000, 6.2)]);
    expect(rest).toEqual([]);
    expect(flag).toContain('from 1000 to 10000 documents');
    expect(flag).toContain('then ×0.84 from 10000 to 100000');
    expect(flag).toContain('bounded');
  });

  it('calls a linear rise quadratic over an ingest only when it goes on growing', () => {
    const undated = (documents: number, undatedMs: number): SizeStep => ({ ...step(documents, 1), placement: { datedMs: 0.1, datedRows: 3, undatedMs, undatedRows: 5 } });
    const [capped] = findGrowthFlags([undated(1000, 0.1), undated(10000, 0.71), undated(100000, 0.6)]);
    expect(capped).toMatch(/^placement candidates, undated draft: ×7\.1 .*size\^0\.85, faster than logarithmic over this step\); then ×0\.85 .*bounded/);
    expect(capped).not.toContain('quadratic');
    const [slowing] = findGrowthFlags([undated(1000, 0.1), undated(10000, 0.71), undated(100000, 1.1)]);
    expect(slowing).toMatch(/then ×1\.55 from 10000 to 100000 \(size\^0\.19\): slower, about logarithmic$/);
    const growing = findGrowthFlags([undated(1000, 0.1), undated(10000, 0.71), undated(100000, 5)]);
    expect(growing).toHaveLength(2);
    expect(growing.every((f) => f.includes('quadratic over a whole ingest'))).toBe(true);
  });
});
