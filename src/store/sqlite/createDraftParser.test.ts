import { describe, expect, it } from 'vitest';
import { createDraftParser } from './createDraftParser.js';

const text = (city: string) => JSON.stringify({ localIndex: 0, city, agencies: ['Invented Agency'], claims: [{ facet: 'force', span: { start: 1, end: 9 } }] });

describe('createDraftParser', () => {
  it('parses a stored text once and gives the same frozen draft back', () => {
    const parse = createDraftParser(4);
    const first = parse(text('Springfield'));
    expect(first.city).toBe('Springfield');
    expect(parse(text('Springfield'))).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.agencies)).toBe(true);
    expect(Object.isFrozen(first.claims[0].span)).toBe(true);
  });

  it('parses a rewritten text again', () => {
    const parse = createDraftParser(4);
    const before = parse(text('Springfield'));
    const after = parse(text('Shelbyville'));
    expect(after).not.toBe(before);
    expect(after.city).toBe('Shelbyville');
  });

  it('forgets the least recently used text beyond its capacity', () => {
    const parse = createDraftParser(2);
    const a = parse(text('A'));
    const b = parse(text('B'));
    expect(parse(text('A'))).toBe(a);
    parse(text('C'));
    expect(parse(text('A'))).toBe(a);
    const again = parse(text('B'));
    expect(again).not.toBe(b);
    expect(again).toEqual(b);
  });
});
