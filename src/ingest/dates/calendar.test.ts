import { describe, expect, it } from 'vitest';
import { expandYear, formatDay, isValidDay, monthNumber, resolveYearless, validateIsoDay, weekdayNumber } from './calendar.js';

describe('calendar', () => {
  it('reads month names and AP abbreviations, with or without the period', () => {
    expect(monthNumber('Sept.')).toBe(9);
    expect(monthNumber('sep')).toBe(9);
    expect(monthNumber('NOVEMBER')).toBe(11);
    expect(monthNumber('Mayor')).toBeNull();
    expect(weekdayNumber('Thurs.')).toBe(4);
  });

  it('reads two-digit years as this century', () => {
    expect(expandYear('25')).toBe(2025);
    expect(expandYear('2019')).toBe(2019);
  });

  it('refuses days that do not exist', () => {
    expect(isValidDay(2025, 2, 29)).toBe(false);
    expect(isValidDay(2024, 2, 29)).toBe(true);
    expect(isValidDay(2025, 4, 31)).toBe(false);
    expect(isValidDay(2025, 13, 1)).toBe(false);
    expect(isValidDay(1066, 10, 14)).toBe(false);
  });

  it('validates strict YYYY-MM-DD', () => {
    expect(validateIsoDay('2026-01-31')).toBe('2026-01-31');
    expect(validateIsoDay('2026-02-31')).toBeNull();
    expect(validateIsoDay('2026-1-3')).toBeNull();
    expect(validateIsoDay('Jan. 3, 2026')).toBeNull();
  });

  it('places a yearless day on or after the reference date', () => {
    expect(resolveYearless(1, 12, '2026-01-09')).toBe(formatDay(2026, 1, 12));
    // A correction dated Jan. 5 on an article from December is from the next January.
    expect(resolveYearless(1, 5, '2025-12-20')).toBe(formatDay(2026, 1, 5));
    expect(resolveYearless(1, 12, null)).toBeNull();
  });
});
