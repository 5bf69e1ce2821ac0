import { describe, expect, it } from 'vitest';
import { findSeasons } from './findSeasons.js';

const years = (text: string, anchor: string | null) => findSeasons(text, anchor, []).map((m) => [m.text, m.date, m.precision]);

describe('findSeasons', () => {
  it('reads "last summer" as the year of the last summer wholly before the anchor', () => {
    expect(years('during an arrest attempt last summer', '2026-03-09')).toEqual([['last summer', '2025-01-01', 'year']]);
    expect(years('during an arrest attempt last summer', '2026-10-02')).toEqual([['last summer', '2026-01-01', 'year']]);
    expect(years('a raid last fall', '2026-11-20')).toEqual([['last fall', '2025-01-01', 'year']]);
  });

  it('reads nothing without an anchor, nor "last winter", which spans two years, nor a span already read', () => {
    expect(years('last summer', null)).toEqual([]);
    expect(years('last winter', '2026-03-09')).toEqual([]);
    expect(findSeasons('last summer', '2026-03-09', [{ start: 0, end: 11 }])).toEqual([]);
  });
});
