import { describe, expect, it } from 'vitest';
import { createPairMemo } from './createPairMemo.js';

describe('createPairMemo', () => {
  it('computes each pair once and gives its answer again', () => {
    const calls: string[] = [];
    const memo = createPairMemo(10, (a, b) => {
      calls.push(`${a}|${b}`);
      return a.toLowerCase() === b.toLowerCase();
    });
    expect(memo.get('Ana Ruiz', 'ANA RUIZ')).toBe(true);
    expect(memo.get('Ana Ruiz', 'ANA RUIZ')).toBe(true);
    expect(memo.get('ANA RUIZ', 'Ana Ruiz')).toBe(true);
    expect(memo.get('Ana Ruiz', 'Ben Ode')).toBe(false);
    expect(calls).toEqual(['Ana Ruiz|ANA RUIZ', 'ANA RUIZ|Ana Ruiz', 'Ana Ruiz|Ben Ode']);
    expect(memo.size).toBe(3);
  });

  it('never holds more than its limit, however many pairs share a first key', () => {
    let calls = 0;
    const memo = createPairMemo(100, (a, b) => {
      calls++;
      return `${a}:${b}`;
    });
    for (let i = 0; i < 1000; i++) {
      expect(memo.get('Ana Ruiz', `name ${i}`)).toBe(`Ana Ruiz:name ${i}`);
      expect(memo.size).toBeLessThanOrEqual(100);
    }
    expect(calls).toBe(1000);
    // Answers stay right after the memory started afresh.
    expect(memo.get('Ana Ruiz', 'name 999')).toBe('Ana Ruiz:name 999');
    expect(memo.get('Ana Ruiz', 'name 0')).toBe('Ana Ruiz:name 0');
    expect(calls).toBe(1001);
  });

  it('remembers a falsy answer', () => {
    let calls = 0;
    const memo = createPairMemo(5, () => {
      calls++;
      return false;
    });
    memo.get('a', 'b');
    memo.get('a', 'b');
    expect(calls).toBe(1);
  });
});
