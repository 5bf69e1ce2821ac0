import { describe, expect, it } from 'vitest';
import { toFtsQuery } from './toFtsQuery.js';

describe('toFtsQuery', () => {
  it('quotes every word so operators are searched as words', () => {
    expect(toFtsQuery('van NEAR harbour')).toBe('"van" "NEAR" "harbour"');
    expect(toFtsQuery('title:van')).toBe('"title:van"');
  });

  it('doubles inner quotes', () => {
    expect(toFtsQuery('say "stop')).toBe('"say" """stop"');
  });

  it('keeps a trailing star as a prefix search', () => {
    expect(toFtsQuery('harb*')).toBe('"harb"*');
    expect(toFtsQuery('harb**')).toBe('"harb"*');
  });

  it('gives null when nothing searchable is left', () => {
    expect(toFtsQuery('   ')).toBeNull();
    expect(toFtsQuery('* ( " -')).toBeNull();
  });
});
