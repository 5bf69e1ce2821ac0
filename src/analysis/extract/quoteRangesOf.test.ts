import { describe, expect, it } from 'vitest';
import { findQuoteRanges } from '../../nlp/speakers/quoteRanges.js';
import { quoteRangesOf } from './quoteRangesOf.js';

describe('quoteRangesOf', () => {
  const first = 'The driver said “I never saw them.”\n\nA deputy wrote "the car moved first" in his report.';
  const second = 'No quotation here, only a sentence about a traffic stop.';

  it('gives the ranges findQuoteRanges gives', () => {
    expect(quoteRangesOf(first)).toEqual(findQuoteRanges(first));
    expect(quoteRangesOf(second)).toEqual([]);
  });

  it('walks a text again only when the text changes', () => {
    const once = quoteRangesOf(first);
    expect(quoteRangesOf(first)).toBe(once);
    expect(quoteRangesOf(second)).not.toBe(once);
    expect(quoteRangesOf(first)).toEqual(once);
  });

  it('hands out frozen ranges, as they are shared', () => {
    const ranges = quoteRangesOf(first);
    expect(Object.isFrozen(ranges)).toBe(true);
    expect(ranges.every((r) => Object.isFrozen(r))).toBe(true);
  });
});

describe('quoteRangesOf: a headline opening on a quotation in single marks (stop 48)', () => {
  it('reads the words before the colon as quoted, and an apostrophe elsewhere as no quotation', () => {
    const text = "'He was not resisting': Coalition, family demand answers\n\nThe man's family spoke Tuesday.";
    const ranges = quoteRangesOf(text);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(["'He was not resisting'"]);
  });
});
