import { describe, expect, it } from 'vitest';
import { addDays, mondayOf, weekdayOnOrBefore } from './dateMath.js';

describe('dateMath', () => {
  it('crosses month and year ends in UTC', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('finds the Monday of a week and the latest given weekday', () => {
    expect(mondayOf('2025-11-09')).toBe('2025-11-03'); // a Sunday belongs to the week that began Monday
    expect(mondayOf('2025-11-03')).toBe('2025-11-03');
    expect(weekdayOnOrBefore('2025-11-03', 1)).toBe('2025-11-03');
    expect(weekdayOnOrBefore('2025-11-03', 3)).toBe('2025-10-29');
  });
});
