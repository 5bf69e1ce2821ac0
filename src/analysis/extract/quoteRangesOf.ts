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
    lastRanges = Object.freeze(findQuoteRanges(text).map((r) => Object.freeze(r)));
    lastText = text;
  }
  return lastRanges;
}
