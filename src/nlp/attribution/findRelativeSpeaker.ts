import type { AttributionContext, TokenRange } from './attributionContext.js';
import { findClauseFloor } from './clauseBounds.js';
import { findSourceBefore } from './findSourceBefore.js';

/**
 * "Tom Hale, who said the pier would reopen, resigned.": a cue at `k` inside a relative clause
 * after a comma and a phrase that can speak. The source is the pronoun, as PolNeAR annotates it;
 * the speaker stage leaves it unresolved (a gap, not a guess at the antecedent). Auxiliaries and
 * adverbs may stand between "who" and the cue ("who has long said"), a negation may not. `from`
 * is the sentence's first token. Returns the pronoun's range, or null.
 */
export function findRelativeSpeaker(ctx: AttributionContext, k: number, from: number): TokenRange | null {
  const { tokens, lexicon } = ctx;
  let j = k - 1;
  while (j > from && (tokens[j].pos === 'ADV' || tokens[j].pos === 'AUX')) {
    if (lexicon.negators.has(tokens[j].normal)) return null;
    j--;
  }
  const comma = j - 1;
  if (comma <= from || tokens[j].normal !== 'who' || tokens[comma].text !== ',') return null;
  const phrase = findSourceBefore(ctx, comma, findClauseFloor(ctx, from, comma));
  return phrase.kind === 'source' && phrase.range.to === comma ? { from: j, to: j + 1 } : null;
}
