import { describe, expect, it } from 'vitest';
import { checkFloors } from './checkFloors.js';

describe('checkFloors', () => {
  const floors = { 'seed.found': { min: 19 }, 'seed.wrong': { max: 0 }, 'dev.recall': { min: 0.5 } };

  it('passes scores at or above their floor and error counts at or below theirs', () => {
    expect(checkFloors({ 'seed.found': 19, 'seed.wrong': 0 }, floors, ['seed'])).toEqual([]);
  });

  it('reports a score below its floor, an error count above its ceiling, and a missing metric', () => {
    const violations = checkFloors({ 'seed.found': 18, 'seed.wrong': 1, 'dev.other': 1 }, floors, ['seed', 'dev']);
    expect(violations.map((v) => v.metric)).toEqual(['seed.found', 'seed.wrong', 'dev.recall']);
    expect(violations[2].value).toBeNull();
  });

  it('ignores floors of groups that did not run', () => {
    expect(checkFloors({}, floors, ['polnear'])).toEqual([]);
  });
});
