import { describe, expect, it } from 'vitest';
import { median, percentile } from './stats.js';

describe('percentile', () => {
  it('takes the nearest rank, so p95 of 1..100 is 95 and p100 is the maximum', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 0.95)).toBe(95);
    expect(percentile(samples, 1)).toBe(100);
    expect(percentile(samples, 0)).toBe(1);
  });

  it('is NaN without samples rather than a made-up number', () => {
    expect(percentile([], 0.95)).toBeNaN();
    expect(median([])).toBeNaN();
  });
});

describe('median', () => {
  it('averages the two middle values of an even count and ignores order', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([9, 1, 5])).toBe(5);
  });
});
