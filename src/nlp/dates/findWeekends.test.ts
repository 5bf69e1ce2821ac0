import { describe, expect, it } from 'vitest';
import { findDates } from './findDates.js';

// Invented sentences: each date read, with its precision.
function dates(text: string, anchor: string | null): [string, string | null, string][] {
  return findDates(text, anchor).map((d) => [d.text, d.date, d.precision]);
}

describe('findWeekends', () => {
  it('reads "over the weekend" as the weekend just past, a week dated by its Monday, as "last weekend" is', () => {
    expect(dates('The painter was shot by an ICE officer over the weekend.', '2025-10-20')).toEqual([['the weekend', '2025-10-13', 'week']]);
    expect(dates('He was shot last weekend.', '2025-10-20')).toEqual([['last weekend', '2025-10-13', 'week']]);
    // Written on the Sunday, the weekend is the one it is in.
    expect(dates('He was shot during the weekend.', '2025-10-19')).toEqual([['the weekend', '2025-10-13', 'week']]);
  });

  it('reads no weekend without an anchor, nor "that weekend" of a narrative', () => {
    expect(dates('He was shot over the weekend.', null)).toEqual([]);
    expect(dates('He was shot that weekend.', '2025-10-20')).toEqual([]);
  });
});
