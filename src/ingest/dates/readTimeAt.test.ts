import { describe, expect, it } from 'vitest';
import { readTimeAt } from './readTimeAt.js';

describe('readTimeAt', () => {
  it('converts 12-hour times to 24-hour', () => {
    expect(readTimeAt('09:50 a.m.', 0)?.time).toBe('09:50');
    expect(readTimeAt('5:12 p.m.', 0)?.time).toBe('17:12');
    expect(readTimeAt('12:05 a.m.', 0)?.time).toBe('00:05');
    expect(readTimeAt('12 p.m.', 0)?.time).toBe('12:00');
    expect(readTimeAt('7 PM', 0)?.time).toBe('19:00');
    expect(readTimeAt('noon', 0)?.time).toBe('12:00');
  });

  it('reads 24-hour clock times and refuses impossible ones', () => {
    expect(readTimeAt('17:45 UTC', 0)).toMatchObject({ time: '17:45', timezone: 'UTC' });
    expect(readTimeAt('25:10', 0)).toBeNull();
    expect(readTimeAt('13:30 p.m.', 0)).toBeNull();
  });

  it('reads the time zone, in parentheses or spelled out, and reports where reading stopped', () => {
    const text = 'at 9:05 a.m. (ET) today';
    const match = readTimeAt(text, 3);
    expect(match).toMatchObject({ time: '09:05', timezone: 'ET' });
    expect(text.slice(match!.end)).toBe(' today');
    expect(readTimeAt('4 p.m. Pacific time', 0)?.timezone).toBe('PT');
  });

  it('does not take ordinary words for zones or times', () => {
    expect(readTimeAt('5 p.m. et al', 0)?.timezone).toBeNull();
    expect(readTimeAt('5 amendments', 0)).toBeNull();
    expect(readTimeAt('1,200 people', 0)).toBeNull();
  });
});
