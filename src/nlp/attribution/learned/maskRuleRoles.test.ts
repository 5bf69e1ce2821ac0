import { describe, expect, it } from 'vitest';
import { maskRuleRoles } from './maskRuleRoles.js';
import { seededRandom } from './trainTagger.js';

const roles = Uint8Array.from([1, 2, 3, 5, 6, 0, 1, 3, 5, 6, 6, 0]);
const sentences = [
  { from: 0, to: 6 },
  { from: 6, to: 12 },
];

describe('maskRuleRoles', () => {
  it('keeps every role at rate 0 and clears every sentence at rate 1, without touching its input', () => {
    expect([...maskRuleRoles(roles, sentences, 0, seededRandom(1))]).toEqual([...roles]);
    expect(maskRuleRoles(roles, sentences, 1, seededRandom(1)).every((y) => y === 0)).toBe(true);
    expect(roles[0]).toBe(1);
  });

  it('clears whole sentences, the same ones for the same seed', () => {
    const many = Array.from({ length: 200 }, (_, i) => ({ from: i * 6, to: i * 6 + 6 }));
    const long = new Uint8Array(1200).fill(5);
    const a = maskRuleRoles(long, many, 0.5, seededRandom(3));
    expect([...maskRuleRoles(long, many, 0.5, seededRandom(3))]).toEqual([...a]);
    const cleared = many.filter((s) => a.subarray(s.from, s.to).every((y) => y === 0)).length;
    const kept = many.filter((s) => a.subarray(s.from, s.to).every((y) => y === 5)).length;
    expect(cleared + kept).toBe(many.length);
    expect(cleared).toBeGreaterThan(60);
    expect(kept).toBeGreaterThan(60);
  });
});
