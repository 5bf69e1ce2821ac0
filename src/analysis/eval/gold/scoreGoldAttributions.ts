import type { Attribution } from '../../../domain/attribution.js';
import type { GoldAttribution, GoldSpan } from './goldTypes.js';
import { matchSpeakerName } from './matchSpeakerName.js';

export interface SpeakerError {
  readonly gold: string;
  readonly predicted: string;
  readonly content: string;
}

export interface GoldAttributionScore {
  readonly gold: number;
  readonly predicted: number;
  /** Gold attributions whose content a prediction overlaps by ≥ `minOverlap` of the gold's characters. */
  readonly found: number;
  /** Found with the right canonical speaker. */
  readonly rightSpeaker: number;
  /** Predictions overlapping a gold attribution's content with a speaker that is not the gold's. */
  readonly wrongSpeaker: number;
  /** Found but left without a speaker (a gap, not an error). */
  readonly nullSpeaker: number;
  /** Predictions that overlap no gold content at all. */
  readonly unmatched: number;
  readonly errors: readonly SpeakerError[];
  readonly missed: readonly string[];
  /** The found attributions left without a speaker: "gold speaker: content". */
  readonly unresolved: readonly string[];
}

/**
 * Scores attributions against gold with canonical speakers (the seed/dev format). Matching is
 * one-to-one, greedy by overlap: a prediction is credited to one gold attribution at most.
 */
export function scoreGoldAttributions(gold: readonly GoldAttribution[], predicted: readonly Attribution[], minOverlap = 0.8): GoldAttributionScore {
  const pairs: { g: number; p: number; overlap: number }[] = [];
  gold.forEach((g, gi) => {
    const gFrags = goldFragments(g);
    const gLen = gFrags.reduce((n, f) => n + f.end - f.start, 0);
    predicted.forEach((p, pi) => {
      const shared = overlap(gFrags, p.content.fragments.length ? p.content.fragments : [p.content]);
      if (shared > 0) pairs.push({ g: gi, p: pi, overlap: shared / gLen });
    });
  });
  pairs.sort((a, b) => b.overlap - a.overlap || a.g - b.g || a.p - b.p);
  const goldTaken = new Map<number, number>();
  const predTaken = new Set<number>();
  for (const pair of pairs) {
    if (pair.overlap < minOverlap || goldTaken.has(pair.g) || predTaken.has(pair.p)) continue;
    goldTaken.set(pair.g, pair.p);
    predTaken.add(pair.p);
  }
  let rightSpeaker = 0;
  const unresolved: string[] = [];
  for (const [gi, pi] of goldTaken) {
    const speaker = predicted[pi].speaker;
    if (!speaker) unresolved.push(`${gold[gi].speaker}: ${gold[gi].content.text.slice(0, 60)}`);
    else if (matchSpeakerName(speaker.name, gold[gi].speaker)) rightSpeaker++;
  }
  // A wrong speaker is judged against the gold attribution each prediction overlaps most.
  const errors: SpeakerError[] = [];
  let unmatched = 0;
  predicted.forEach((p, pi) => {
    const best = pairs.filter((x) => x.p === pi).sort((a, b) => b.overlap - a.overlap)[0];
    if (!best) {
      unmatched++;
      return;
    }
    const g = gold[best.g];
    if (p.speaker && !matchSpeakerName(p.speaker.name, g.speaker)) {
      errors.push({ gold: g.speaker, predicted: p.speaker.name, content: p.content.text.slice(0, 80) });
    }
  });
  const missed = gold.filter((_, gi) => !goldTaken.has(gi)).map((g) => `${g.speaker}: ${g.content.text.slice(0, 60)}`);
  return {
    gold: gold.length,
    predicted: predicted.length,
    found: goldTaken.size,
    rightSpeaker,
    wrongSpeaker: errors.length,
    nullSpeaker: unresolved.length,
    unmatched,
    errors,
    missed,
    unresolved,
  };
}

function goldFragments(g: GoldAttribution): GoldSpan[] {
  return [g.content, ...(g.contentContinued ?? [])];
}

function overlap(a: readonly { start: number; end: number }[], b: readonly { start: number; end: number }[]): number {
  let total = 0;
  for (const x of a) for (const y of b) total += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return total;
}
