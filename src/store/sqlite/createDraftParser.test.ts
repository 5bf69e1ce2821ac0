import { describe, expect, it } from 'vitest';
import { createDraftParser } from './createDraftParser.js';

const text = (city: string) => JSON.stringify({ localIndex: 0, city, agencies: ['Invented Agency'], claims: [{ facet: 'force', span: { start: 1, end: 9 } }] });

describe('createDraftParser', () => {
  it('parses a stored text once and gives the same frozen draft back', () => {
    const parse = createDraftParser(4).read;
    const first = parse('v1', text('Springfield'));
    expect(first.city).toBe('Springfield');
    expect(parse('v1', text('Springfield'))).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.agencies)).toBe(true);
    expect(Object.isFrozen(first.claims[0].span)).toBe(true);
  });

  it('parses a rewritten text again, and the same text read from another slot apart', () => {
    const parse = createDraftParser(4).read;
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
    const parse = createDraftParser(2).read;
    const a = parse('a', text('A'));
    const b = parse('b', text('B'));
    expect(parse('a', text('A'))).toBe(a);
    parse('c', text('C'));
    expect(parse('a', text('A'))).toBe(a);
    const again = parse('b', text('B'));
    expect(again).not.toBe(b);
    expect(again).toEqual(b);
  });

  it('gives back a remembered draft as the parse of its text would be, frozen, without parsing it', () => {
    const parser = createDraftParser(4);
    // Invented draft: an undefined field (JSON drops it), a nested list, a number to keep.
    const draft = { localIndex: 0, city: 'Springfield', place: undefined, agencies: ['Invented Agency'], claims: [{ facet: 'force', span: { start: 1, end: 9 } }], lat: 39.5 };
    const json = JSON.stringify(draft);
    parser.remember('v1', json, draft as never);
    const read = parser.read('v1', json);
    expect(read).toStrictEqual(JSON.parse(json));
    expect(Object.keys(read)).toEqual(Object.keys(JSON.parse(json)));
    expect(read).not.toBe(draft);
    expect(Object.isFrozen(read.claims[0].span)).toBe(true);
    expect(Object.isFrozen(draft)).toBe(false);
    expect(parser.read('v1', json)).toBe(read);
    // Another text in the slot is parsed afresh.
    expect(parser.read('v1', text('Shelbyville')).city).toBe('Shelbyville');
  });

  it('does not remember a draft the JSON round trip would change, and forgets what the slot held', () => {
    const parser = createDraftParser(4);
    for (const odd of [{ lat: Number.NaN }, { lat: -0 }, { agencies: ['A', undefined] }, { at: new Date(0) }]) {
      const draft = { localIndex: 0, ...odd };
      const json = JSON.stringify(draft);
      parser.remember('v1', text('Springfield'), JSON.parse(text('Springfield')));
      parser.remember('v1', json, draft as never);
      const read = parser.read('v1', json);
      expect(read).toStrictEqual(JSON.parse(json));
      expect(read).toBe(parser.read('v1', json));
    }
  });
});

