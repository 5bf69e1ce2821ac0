import { describe, expect, it } from 'vitest';
import { toFtsQuery } from './toFtsQuery.js';

describe('toFtsQuery (PostgreSQL)', () => {
  it('quotes every word and ANDs them, so tsquery operators are searched as text', () => {
    expect(toFtsQuery('van !harbour')).toBe("'van' & '!harbour'");
    expect(toFtsQuery('a<->b (c)')).toBe("'a<->b' & '(c)'");
  });

  it('doubles quotes and escapes backslashes inside a term', () => {
    expect(toFtsQuery("o'brien")).toBe("'o''brien'");
    expect(toFtsQuery('back\\slash')).toBe("'back\\\\slash'");
  });

  it('keeps a trailing star as a prefix search', () => {
    expect(toFtsQuery('harb*')).toBe("'harb':*");
    expect(toFtsQuery('harb**')).toBe("'harb':*");
  });

  it('gives null when nothing searchable is left', () => {
    expect(toFtsQuery('   ')).toBeNull();
    expect(toFtsQuery('* ( " - |')).toBeNull();
  });
});
