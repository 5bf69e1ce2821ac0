import { describe, expect, it } from 'vitest';
import { narrativeOffset } from './narrativeOffset.js';

describe('narrativeOffset', () => {
  it('counts days and weeks, later or earlier', () => {
    expect(narrativeOffset('Two days later')).toEqual({ days: 2, week: false });
    expect(narrativeOffset('a week earlier')).toEqual({ days: -7, week: true });
    expect(narrativeOffset('3 days earlier')).toEqual({ days: -3, week: false });
    expect(narrativeOffset('the following day')).toEqual({ days: 1, week: false });
  });

  it('counts nothing it cannot tell the start of', () => {
    expect(narrativeOffset('later that month')).toBeNull();
    expect(narrativeOffset('six days after')).toBeNull();
    expect(narrativeOffset('the day after')).toBeNull();
  });
});
