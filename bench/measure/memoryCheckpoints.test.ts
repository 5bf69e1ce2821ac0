import { describe, expect, it } from 'vitest';
import { memoryCheckpoints } from './memoryCheckpoints.js';

describe('memoryCheckpoints', () => {
  it('reads 1-2-5 steps of each power of ten and always the total', () => {
    expect(memoryCheckpoints(1_000)).toEqual([100, 200, 500, 1_000]);
    expect(memoryCheckpoints(2_500)).toEqual([100, 200, 500, 1_000, 2_000, 2_500]);
  });

  it('has only the total below the first step and nothing for an empty run', () => {
    expect(memoryCheckpoints(40)).toEqual([40]);
    expect(memoryCheckpoints(0)).toEqual([]);
  });
});
