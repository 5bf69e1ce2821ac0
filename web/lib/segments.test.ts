import { describe, expect, it } from 'vitest';
import { buildSegments } from './segments.js';

/** Which marks cover one character, computed the slow, obvious way. */
function marksAt(marks: { start: number; end: number }[], i: number) {
  return marks.filter((m) => m.start <= i && i < m.end);
}

describe('buildSegments', () => {
  const text = 'He said "we were leaving" and then she said nothing.';
  const marks = [
    { id: 'quote', start: 8, end: 25 },
    { id: 'cue', start: 3, end: 7 },
    { id: 'inner', start: 9, end: 11 },
    { id: 'across', start: 20, end: 35 },
  ];

  it('covers the whole text with consecutive segments', () => {
    const segments = buildSegments(text.length, marks);
    expect(segments[0].start).toBe(0);
    expect(segments.at(-1)!.end).toBe(text.length);
    for (let i = 1; i < segments.length; i++) expect(segments[i].start).toBe(segments[i - 1].end);
    expect(segments.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
  });

  it('gives every character exactly the marks that cover it', () => {
    for (const segment of buildSegments(text.length, marks)) {
      for (let i = segment.start; i < segment.end; i++) {
        expect(new Set(segment.marks)).toEqual(new Set(marksAt(marks, i)));
      }
    }
  });

  it('drops empty, inverted and out-of-range marks, clipping partial ones', () => {
    const segments = buildSegments(10, [
      { start: 4, end: 4 },
      { start: 6, end: 2 },
      { start: 8, end: 50 },
      { start: Number.NaN, end: 3 },
    ]);
    const marked = segments.filter((s) => s.marks.length);
    expect(marked).toHaveLength(1);
    expect([marked[0].start, marked[0].end]).toEqual([8, 10]);
  });

  it('returns no segment for empty text', () => {
    expect(buildSegments(0, [])).toEqual([]);
  });
});
