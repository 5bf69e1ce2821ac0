import { describe, expect, it } from 'vitest';
import { toSameRowQuery } from './toSameRowQuery.js';

describe('toSameRowQuery', () => {
  it('puts every lexeme at one position', () => {
    const query = toSameRowQuery(`'pepper' & 'spray'`);
    expect(query).toEqual({ sameRow: `'pepper' <0> 'spray'`, single: false, compound: false });
  });

  it('keeps prefixes and quoted quotes, and knows a single word', () => {
    expect(toSameRowQuery(`'accel':*`)).toEqual({ sameRow: `'accel':*`, single: true, compound: false });
    expect(toSameRowQuery(`'o''neil' & 'a&b'`)?.sameRow).toBe(`'o''neil' <0> 'a&b'`);
  });

  it('flags a word the parser split into adjacent lexemes', () => {
    const query = toSameRowQuery(`'don' <-> 't' & 'shot'`);
    expect(query?.compound).toBe(true);
    expect(query?.sameRow).toBe(`'don' <0> 't' <0> 'shot'`);
    expect(toSameRowQuery(`( 'a' <2> 'b' ) & 'c'`)?.compound).toBe(true);
  });

  it('refuses what is not a conjunction and leaves nothing to match for an empty query', () => {
    expect(toSameRowQuery(`'a' | 'b'`)).toBeNull();
    expect(toSameRowQuery(`!'a'`)).toBeNull();
    expect(toSameRowQuery('')).toEqual({ sameRow: '', single: false, compound: false });
  });
});
