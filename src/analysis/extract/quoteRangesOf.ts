import { findQuoteRanges, type Range } from '../../nlp/speakers/quoteRanges.js';

let lastText: string | null = null;
let lastRanges: readonly Range[] = [];

/**
 * findQuoteRanges(text), remembered for the last text asked about: extraction asks it of the same
 * document text in buildClaims and findEventDate, once per incident segment each, and each call
 * walked the whole document. The ranges are frozen, as they are shared.
 */
export function quoteRangesOf(text: string): readonly Range[] {
  if (text !== lastText) {
    const single = [...text.matchAll(HEADLINE_QUOTE)].map((m) => ({ start: m.index + m[0].indexOf(m[1]) - 1, end: m.index + m[0].length }));
    lastRanges = Object.freeze([...findQuoteRanges(text), ...single].sort((a, b) => a.start - b.start).map((r) => Object.freeze(r)));
    lastText = text;
  }
  return lastRanges;
}

// "'He was not resisting': Coalition, family demand answers": a headline opening on words in single
// quotation marks, then a colon or a dash, quotes someone.
const HEADLINE_QUOTE = /^[ \t]*['‘]([^'’\n]{3,200})['’](?=[ \t]*[:—–])/gmu;
