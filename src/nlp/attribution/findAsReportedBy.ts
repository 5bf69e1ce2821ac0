import type { AttributionContext } from './attributionContext.js';
import { findClauseFloor, TERMINAL } from './clauseBounds.js';
import { findSourceAfter } from './findSourceAfter.js';
import { contentRange, pack, type Found } from './foundRelation.js';

const FIRST = new Set(['first', 'previously', 'originally', 'earlier']);

/**
 * "As reported by the Salem Star, the pier closed in May.": "reported" at `k`, after an "as" that
 * opens its clause (an adverb such as "first" may stand between) and before "by", reads like
 * "According to X, …": the phrase after "by" up to the comma is the source, the clause after the
 * comma the content (PolNeAR train, round 29: 6 such sentences, all annotated, the cue "reported").
 * "…, as first reported by the New York Times on Tuesday." closing its sentence reads like "…,
 * according to X.": the clause before the comma is the content, the words from the adverb to "reported"
 * the cue (train: its one such sentence is annotated so). Null for any other "reported". The rules
 * alone (findIndirectAttributions).
 */
export function findAsReportedBy(ctx: AttributionContext, k: number, from: number, end: number): Found | null {
  const { tokens } = ctx;
  if (tokens[k].normal !== 'reported' || tokens[k + 1]?.normal !== 'by') return null;
  const as = FIRST.has(tokens[k - 1]?.normal ?? '') ? k - 2 : k - 1;
  if (as < from || tokens[as].normal !== 'as') return null;
  if (tokens[as - 1]?.text === ',' && as - 1 > from) return trailing(ctx, k, as, from, end);
  if (findClauseFloor(ctx, from, as) !== as) return null;
  let comma = k + 2;
  while (comma < end && tokens[comma].text !== ',') comma++;
  if (comma >= end) return null;
  const source = findSourceAfter(ctx, k + 2, comma);
  if (source.kind !== 'source' || source.range.from !== k + 2 || source.range.to !== comma) return null;
  return pack(source.range, { from: k, to: k + 1 }, [contentRange(tokens, comma + 1, end)]);
}

/** "CONTENT, as (first) reported by SOURCE (on Tuesday)." with `as` after the comma: the source must close the sentence. */
function trailing(ctx: AttributionContext, k: number, as: number, from: number, end: number): Found | null {
  const { tokens } = ctx;
  let stop = end;
  while (stop > k && TERMINAL.test(tokens[stop - 1].text)) stop--;
  const source = findSourceAfter(ctx, k + 2, stop);
  if (source.kind !== 'source' || source.range.from !== k + 2) return null;
  // Only a time may follow the source ("on Tuesday", "last week"): no clause of its own.
  for (let j = source.range.to; j < stop; j++) if (tokens[j].text === ',' || tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') return null;
  const floor = findClauseFloor(ctx, from, as - 1);
  const content = contentRange(tokens, floor, as - 1);
  return content ? pack(source.range, { from: as + 1, to: k + 1 }, [content]) : null;
}
