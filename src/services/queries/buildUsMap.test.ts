import { describe, expect, it } from 'vitest';
import { buildUsMap } from './buildUsMap.js';

describe('buildUsMap', () => {
  it('draws every state with its USPS code and projects points inside the box', () => {
    const map = buildUsMap();
    expect(map.states.length).toBeGreaterThanOrEqual(50);
    const texas = map.states.find((s) => s.code === 'TX');
    expect(texas?.d.startsWith('M')).toBe(true);
    // A point near the middle of Kansas lands inside the box, west of a point near the east coast.
    const kansas = map.project(-98.5, 38.5);
    const coast = map.project(-74, 40.7);
    expect(kansas && coast && kansas[0] < coast[0]).toBe(true);
    expect(kansas && kansas[0] > 0 && kansas[0] < map.width && kansas[1] > 0 && kansas[1] < map.height).toBe(true);
    expect(map.project(2.35, 48.85)).toBeNull();
  });
});
