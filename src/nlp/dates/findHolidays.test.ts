import { describe, expect, it } from 'vitest';
import { findHolidays } from './findHolidays.js';

const read = (text: string, anchor: string | null) => findHolidays(text, anchor, []).map((d) => [d.text, d.date, d.precision]);

describe('findHolidays', () => {
  it('reads a fixed-day holiday as the latest such day up to the day after the anchor', () => {
    expect(read("He was shot late on New Year's Eve.", '2026-01-02')).toEqual([["New Year's Eve", '2025-12-31', 'day']]);
    expect(read('Agents raided the shop on Christmas Eve.', '2025-12-25')).toEqual([['Christmas Eve', '2025-12-24', 'day']]);
    expect(read('It happened on the Fourth of July.', '2025-10-30')).toEqual([['Fourth of July', '2025-07-04', 'day']]);
  });

  it('reads nothing without an anchor, nor where a date was already read', () => {
    expect(read('on Christmas Day', null)).toEqual([]);
    expect(findHolidays('on Christmas Day', '2025-12-30', [{ start: 3, end: 16 }])).toEqual([]);
  });
});
