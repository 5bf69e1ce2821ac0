import type { AttributionContext } from './attributionContext.js';
import { findClauseFloor } from './clauseBounds.js';
import { findSourceAfter } from './findSourceAfter.js';
import { contentRange, pack, type Found } from './foundRelation.js';

const FIRST = new Set(['first', 'previously', 'originally', 'earlier']);

/**
 * "As reported by the Salem Star, the pier closed in May.": "reported" at `k`, after an "as" that
 * opens its clause (an adverb such as "first" may stand between) and before "by", reads like
 * "According to X, …": the phrase after "by" up to the comma is the source, the clause after the
 * comma the content (PolNeAR train, round 29: 6 such sentences, all annotated, the cue "reported").
 * Null for any other "reported". The rules alone (findIndirectAttributions).
 */
export function findAsReportedBy(ctx: AttributionContext, k: number, from: number, end: number): Found | null {
  const { tokens } = ctx;
  if (tokens[k].normal !== 'reported' || tokens[k + 1]?.normal !== 'by') return null;
  const as = FIRST.has(tokens[k - 1]?.normal ?? '') ? k - 2 : k - 1;
  if (as < from || tokens[as].normal !== 'as' || findClauseFloor(ctx, from, as) !== as) return null;
  let comma = k + 2;
  while (comma < end && tokens[comma].text !== ',') comma++;
  if (comma >= end) return null;
  const source = findSourceAfter(ctx, k + 2, comma);
  if (source.kind !== 'source' || source.range.from !== k + 2 || source.range.to !== comma) return null;
  return pack(source.range, { from: k, to: k + 1 }, [contentRange(tokens, comma + 1, end)]);
}
