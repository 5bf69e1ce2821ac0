import { describe, expect, it } from 'vitest';
import { findQuoteRanges, isInside } from './quoteRanges.js';

const quoted = (text: string) => findQuoteRanges(text).map((r) => text.slice(r.start, r.end));

describe('findQuoteRanges', () => {
  it('pairs curly and straight marks in a paragraph', () => {
    expect(quoted('He said “yes” and she said "no".')).toEqual(['“yes”', '"no"']);
  });

  it('carries a quotation over paragraphs that reopen it, straight marks as well as curly', () => {
    const straight = 'Salas said:\n\n"We want answers. The family does too.\n\n"Release the video. Now."\n\nThe agency declined.';
    expect(quoted(straight)).toEqual(['"We want answers. The family does too.\n\n"Release the video. Now."']);
    const curly = 'Salas said:\n\n“We want answers.\n\n“Release the video.”\n\nThe agency declined.';
    expect(quoted(curly)).toEqual(['“We want answers.\n\n“Release the video.”']);
    expect(isInside(findQuoteRanges(straight), straight.indexOf('Release'))).toBe(true);
    expect(isInside(findQuoteRanges(straight), straight.indexOf('agency'))).toBe(false);
  });

  it('ends an unclosed quotation at its paragraph when the next does not reopen it', () => {
    expect(quoted('"We want answers, she said.\n\nThe agency declined.')).toEqual(['"We want answers, she said.']);
  });
});
