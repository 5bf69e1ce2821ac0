import { describe, expect, it } from 'vitest';
import { pickNonOverlapping } from './pickNonOverlapping.js';

describe('pickNonOverlapping', () => {
  it('keeps the longer of two overlapping spans and sorts by start', () => {
    const spans = [
      { start: 10, end: 20, id: 'short' },
      { start: 5, end: 30, id: 'long' },
      { start: 0, end: 4, id: 'first' },
      { start: 30, end: 35, id: 'touching' },
    ];
    expect(pickNonOverlapping(spans).map((s) => s.id)).toEqual(['first', 'long', 'touching']);
  });
});
