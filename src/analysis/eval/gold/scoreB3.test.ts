import { describe, expect, it } from 'vitest';
import { scoreB3 } from './scoreB3.js';

const map = (entries: Record<string, string | null>) => new Map(Object.entries(entries));

describe('scoreB3', () => {
  it('scores an exact clustering 1 everywhere, distractors included', () => {
    const gold = map({ a: 'x', b: 'x', c: 'y', d: null });
    const s = scoreB3(gold, map({ a: 'p', b: 'p', c: 'q', d: null }));
    expect([s.precision, s.recall, s.f1]).toEqual([1, 1, 1]);
    expect(s.items).toBe(4);
  });

  it('loses recall when one incident is split in two', () => {
    const s = scoreB3(map({ a: 'x', b: 'x' }), map({ a: 'p', b: 'q' }));
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0.5);
  });

  it('loses precision when a distractor joins an incident', () => {
    const s = scoreB3(map({ a: 'x', b: 'x', d: null }), map({ a: 'p', b: 'p', d: 'p' }));
    expect(s.recall).toBe(1);
    // a and b each see 2 of 3 right, d sees only itself among 3.
    expect(s.precision).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3) / 3, 10);
  });

  it('counts an item missing from the prediction as a singleton', () => {
    const s = scoreB3(map({ a: 'x', b: 'x' }), map({ a: 'p' }));
    expect(s.recall).toBe(0.5);
    expect(s.precision).toBe(1);
  });
});
