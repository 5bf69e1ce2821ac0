import { afterEach, describe, expect, it, vi } from 'vitest';
import { findDates } from './findDates.js';

// Without an anchor the reading must not depend on the day the analysis runs: a document analysed
// again next year (or by another worker) must give the same mentions.
describe('findDates without an anchor date', () => {
  afterEach(() => vi.useRealTimers());

  const texts = [
    'The detainee was moved on February 29 and again on Tuesday night.',
    'Agents returned tonight; the hearing is set for 9 a.m. tomorrow.',
    'It happened late last year, on Dec. 31 at 11:50 p.m., and again on Jan. 1.',
    'By Friday morning the family had heard nothing; on March 3 they filed.',
  ];

  it('gives the same dates whatever the clock says', () => {
    const read = () => texts.map((t) => findDates(t, null));
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-15T03:00:00Z'));
    const first = read();
    for (const now of ['2025-03-01T23:30:00Z', '2027-12-31T12:00:00Z', '2024-02-29T06:00:00Z']) {
      vi.setSystemTime(new Date(now));
      expect(read()).toEqual(first);
    }
    expect(first.flat().length).toBeGreaterThan(4);
  });
});
