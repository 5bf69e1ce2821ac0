import type { AttributionContext, TokenRange } from './attributionContext.js';
import { findClauseFloor, TERMINAL } from './clauseBounds.js';
import { findSourceAfter } from './findSourceAfter.js';
import { findSourceBefore } from './findSourceBefore.js';
import { pack, type Found } from './foundRelation.js';

const FIRST = new Set(['first', 'previously', 'originally', 'initially']);
const COPULAS = new Set(['was', 'were', 'is', 'are']);
const PERFECT = new Set(['has', 'have', 'had']);
const RELATIVES = new Set(['which', 'that']);

/** Where the copula of "was (first) reported" / "has been reported" before `k` stands, or -1. */
function copulaBefore(ctx: AttributionContext, k: number, from: number): number {
  const { tokens } = ctx;
  const c = FIRST.has(tokens[k - 1]?.normal ?? '') ? k - 2 : k - 1;
  if (c <= from) return -1;
  if (COPULAS.has(tokens[c].normal)) return c;
  return tokens[c].normal === 'been' && c - 1 > from && PERFECT.has(tokens[c - 1].normal) ? c - 1 : -1;
}

/** Where "by" stands after "reported" at `k`, past a short time phrase ("last week", "on Tuesday"), or -1. */
function byAfter(ctx: AttributionContext, k: number, end: number): number {
  const { tokens } = ctx;
  for (let b = k + 1; b < end && b <= k + 3; b++) {
    if (tokens[b].normal === 'by') return b;
    if (tokens[b].pos !== 'ADJ' && tokens[b].pos !== 'NOUN' && tokens[b].pos !== 'PROPN' && tokens[b].normal !== 'on') return -1;
  }
  return -1;
}

/**
 * "The meeting was first reported by Politico.", "…, which was first reported by the AP.": a passive
 * "reported" at `k` whose agent after "by" is the source and whose subject is what was reported: the
 * subject opening the clause (or the relative pronoun before the copula) is the content, the words
 * from the copula to "by" the cue, as PolNeAR annotates them (train, round 31: 5 such sentences, all
 * annotated). The agent must close the sentence or stand before a comma or "and". Null for any other
 * "reported". The rules alone (findIndirectAttributions).
 */
export function findPassiveReport(ctx: AttributionContext, k: number, from: number, end: number): Found | null {
  const { tokens } = ctx;
  if (tokens[k].normal !== 'reported') return null;
  const c = copulaBefore(ctx, k, from);
  const b = c < 0 ? -1 : byAfter(ctx, k, end);
  if (b < 0) return null;
  const source = findSourceAfter(ctx, b + 1, end);
  if (source.kind !== 'source' || source.range.from !== b + 1) return null;
  const next = tokens[source.range.to];
  if (next && !TERMINAL.test(next.text) && next.text !== ',' && next.normal !== 'and') return null;
  const subject = subjectBefore(ctx, c, from);
  return subject ? pack(source.range, { from: c, to: b + 1 }, [subject]) : null;
}

/** The relative pronoun right before the copula at `c`, or the noun phrase that opens the clause and ends there. */
function subjectBefore(ctx: AttributionContext, c: number, from: number): TokenRange | null {
  if (RELATIVES.has(ctx.tokens[c - 1].normal)) return { from: c - 1, to: c };
  const floor = findClauseFloor(ctx, from, c);
  const phrase = findSourceBefore(ctx, c, floor);
  return phrase.kind === 'source' && phrase.range.from === floor && phrase.range.to === c ? phrase.range : null;
}
