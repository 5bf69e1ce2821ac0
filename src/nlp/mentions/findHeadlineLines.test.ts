import { describe, expect, it } from 'vitest';
import { findHeadlineLines, isInRanges } from './findHeadlineLines.js';

describe('findHeadlineLines', () => {
  it('marks title-case lines and leaves sentences alone', () => {
    const text = 'Trooper Wounds Driver During Highway Chase\n\nA trooper shot a driver on Tuesday, Police Chief Ana Ruiz said.';
    const ranges = findHeadlineLines(text);
    expect(ranges).toHaveLength(1);
    expect(isInRanges(ranges, text.indexOf('Wounds'))).toBe(true);
    expect(isInRanges(ranges, text.indexOf('Ana'))).toBe(false);
  });
});
