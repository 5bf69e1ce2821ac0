import { describe, expect, it } from 'vitest';
import { createDraftParser } from './createDraftParser.js';

const text = (city: string) => JSON.stringify({ localIndex: 0, city, agencies: ['Invented Agency'], claims: [{ facet: 'force', span: { start: 1, end: 9 } }] });

describe('createDraftParser', () => {
  it('parses a stored text once and gives the same frozen draft back', () => {
    const parse = createDraftParser(4);
    const first = parse('v1', text('Springfield'));
    expect(first.city).toBe('Springfield');
    expect(parse('v1', text('Springfield'))).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.agencies)).toBe(true);
    expect(Object.isFrozen(first.claims[0].span)).toBe(true);
  });

  it('parses a rewritten text again, and the same text read from another slot apart', () => {
    const parse = createDraftParser(4);
    const before = parse('v1', text('Springfield'));
    const after = parse('v1', text('Shelbyville'));
    expect(after).not.toBe(before);
    expect(after.city).toBe('Shelbyville');
    expect(parse('v1', text('Shelbyville'))).toBe(after);
    const elsewhere = parse('v2', text('Shelbyville'));
    expect(elsewhere).not.toBe(after);
    expect(elsewhere).toEqual(after);
  });

  it('forgets the least recently used text beyond its capacity', () => {
    const parse = createDraftParser(2);
    const a = parse('a', text('A'));
    const b = parse('b', text('B'));
    expect(parse('a', text('A'))).toBe(a);
    parse('c', text('C'));
    expect(parse('a', text('A'))).toBe(a);
    const again = parse('b', text('B'));
    expect(again).not.toBe(b);
    expect(again).toEqual(b);
  });
});
