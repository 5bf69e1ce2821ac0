import { makeSpan } from '../../lib/spans.js';
import type { AttributionDraft } from './attributionDraft.js';

// A dash that opens an aside right before the source: "— and DHS says", " - and officials say".
const ASIDE_OPENS = /(?:—|–|\s-)\s*(?:and\s+|but\s+)?$/u;
// The dash that closes it, inside the reported words.
const ASIDE_CLOSES = /\s*(?:—|–|\s-\s)/u;

/**
 * "If that truck made contact with an officer - and DHS says it did - that changes the picture": a
 * report set between dashes is an aside, and its words end at the closing dash; what follows is the
 * sentence's own (the rules alone).
 */
export function cutDashAside(text: string, drafts: readonly AttributionDraft[]): AttributionDraft[] {
  return drafts.map((d) => {
    if (!d.source || !d.cue || d.fragments.length !== 1 || d.fragments[0].start < d.cue.end) return d;
    if (!ASIDE_OPENS.test(text.slice(Math.max(0, d.source.start - 8), d.source.start))) return d;
    const words = d.fragments[0];
    const close = ASIDE_CLOSES.exec(text.slice(words.start, words.end));
    if (!close || close.index === 0) return d;
    return { ...d, fragments: [makeSpan(text, words.start, words.start + close.index)] };
  });
}
