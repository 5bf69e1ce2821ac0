import type { Token } from '../../domain/analysis.js';
import type { TokenRange } from './attributionContext.js';
import { QUOTE_MARKS } from './clauseBounds.js';

const CLOSERS = /^[,.:;!?]$/;

/**
 * "he said sarcastically.", "has said repeatedly that …", "said only: …": an adverb in -ly (or "only")
 * right after the cue, closing the tag before punctuation, a quotation mark or "that", is how it was
 * said and belongs to the cue, as PolNeAR annotates it (22 times in 22 on train). So does the
 * particle of "wrote back." / "fired back:" (round 26). `taken` tells the tokens already given to
 * the source or the content.
 */
export function widenCueAdverb(tokens: readonly Token[], cue: TokenRange, taken: (k: number) => boolean): TokenRange {
  const adverb = tokens[cue.to];
  if (!adverb || taken(cue.to) || adverb.pos !== 'ADV' || !(adverb.normal.endsWith('ly') || adverb.normal === 'only' || adverb.normal === 'back')) return cue;
  const next = tokens[cue.to + 1];
  if (next && !CLOSERS.test(next.text) && !QUOTE_MARKS.test(next.text) && next.text !== "'" && next.normal !== 'that') return cue;
  return { from: cue.from, to: cue.to + 1 };
}
