import { describe, expect, it } from 'vitest';
import { growthExponent } from './findGrowthFlags.js';

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
