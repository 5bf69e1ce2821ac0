import { describe, expect, it } from 'vitest';
import { createJsonMemo } from './createJsonMemo.js';

describe('createJsonMemo', () => {
  it('writes the JSON of a frozen value once and returns the same text after', () => {
    const memo = createJsonMemo();
    const value = Object.freeze({ total: 2 });
    let built = 0;
    const body = () => (built++, { ...value, limit: 10 });
    expect(memo(value, body)).toBe('{"total":2,"limit":10}');
    expect(memo(value, body)).toBe('{"total":2,"limit":10}');
    expect(built).toBe(1);
  });

  it('never remembers a value that could still change', () => {
    const memo = createJsonMemo();
    const value = { total: 1 };
    expect(memo(value, () => value)).toBe('{"total":1}');
    value.total = 5;
    expect(memo(value, () => value)).toBe('{"total":5}');
  });

  it('keeps one text per value', () => {
    const memo = createJsonMemo();
    const a = Object.freeze({ n: 1 });
    const b = Object.freeze({ n: 2 });
    expect(memo(a, () => a)).toBe('{"n":1}');
    expect(memo(b, () => b)).toBe('{"n":2}');
  });
});
