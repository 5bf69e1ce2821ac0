import { describe, expect, it } from 'vitest';
import { parseDateValue, readDateAt } from './readDateAt.js';

describe('parseDateValue', () => {
  it.each([
    ['2025-11-03', '2025-11-03'],
    ['Nov. 3, 2025', '2025-11-03'],
    ['November 3, 2025', '2025-11-03'],
    ['Sept. 30, 2025', '2025-09-30'],
    ['11/03/2025', '2025-11-03'],
    ['11/3/25', '2025-11-03'],
    ['3 November 2025', '2025-11-03'],
    ['Monday, Nov. 3, 2025', '2025-11-03'],
    ['2025-11-03T09:50:00-05:00', '2025-11-03'],
    ['2025-11-03T14:50:00.000Z', '2025-11-03'],
    ['Nov. 4, 2025, 5:12 p.m. ET', '2025-11-04'],
  ])('reads %j as %s', (value, expected) => {
    expect(parseDateValue(value)?.date).toBe(expected);
  });

  it.each([
    'Tuesday, Nov. 3, 2025', // Nov. 3, 2025 was a Monday
    'Feb. 29, 2025',
    '13/03/2025', // day-first dates are ambiguous in U.S. copy; refused rather than guessed
    'Nov. 3', // no year
    'last Tuesday',
    'Nov. 3, 2025 and then some',
    '',
  ])('refuses %j', (value) => {
    expect(parseDateValue(value)).toBeNull();
  });

  it('keeps the time and zone written with the date', () => {
    expect(parseDateValue('2025-11-03T09:50:00Z')).toMatchObject({ time: '09:50', timezone: 'UTC' });
    expect(parseDateValue('Nov. 4, 2025 at 5:12 p.m. CT')).toMatchObject({ time: '17:12', timezone: 'CT' });
  });
});

describe('readDateAt', () => {
  it('reads from an offset and reports where the date ends', () => {
    const text = 'Updated 5:12 p.m. ET Nov. 4, 2025: more';
    const match = readDateAt(text, text.indexOf('5:12'));
    expect(match).toMatchObject({ date: '2025-11-04', time: '17:12', timezone: 'ET' });
    expect(text.slice(match!.end)).toBe(': more');
  });

  it('returns month and day without a date when the year is missing', () => {
    expect(readDateAt('Jan. 12: fixed', 0)).toMatchObject({ date: null, month: 1, day: 12, year: null });
    expect(readDateAt('Feb. 30: fixed', 0)).toBeNull();
  });

  it('reads upper-case month names as datelines print them', () => {
    expect(readDateAt('JAN. 15, 2026 —', 0)?.date).toBe('2026-01-15');
  });
});
