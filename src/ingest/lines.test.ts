import { describe, expect, it } from 'vitest';
import { splitLines } from './lines.js';

describe('splitLines', () => {
  it('gives offsets that slice each line without its break, for LF and CRLF alike', () => {
    const text = 'one\r\ntwo\n\nfour';
    const lines = splitLines(text).map((l) => text.slice(l.start, l.end));
    expect(lines).toEqual(['one', 'two', '', 'four']);
  });

  it('starts where asked and chains each line to the next', () => {
    const text = 'head\nbody one\nbody two\n';
    const lines = splitLines(text, text.indexOf('body'));
    expect(lines.map((l) => text.slice(l.start, l.end))).toEqual(['body one', 'body two']);
    expect(lines[0].next).toBe(lines[1].start);
    expect(lines[1].next).toBe(text.length);
  });
});
