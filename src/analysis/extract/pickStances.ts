import { findFacet } from './facetVocab.js';
import type { FacetMatch } from './matchFacets.js';

interface Tally {
  weight: number;
  readonly first: FacetMatch;
  readonly spans: FacetMatch[];
}

/**
 * One stance per facet for one account: the stance with the most pattern weight wins, ties to the
 * one read first; words that two patterns both match count once ("boxed in", "boxed in his van"). An
 * account that says "began to pull away, then reversed at them" takes one side. A numeric facet (an age) with two different values in one account is left out.
 */
export function pickStances(matches: readonly FacetMatch[]): FacetMatch[] {
  const byFacet = new Map<string, Map<string, Tally>>();
  for (const m of matches) {
    const stances = byFacet.get(m.facet) ?? new Map<string, Tally>();
    byFacet.set(m.facet, stances);
    const entry = stances.get(m.stance);
    if (!entry) stances.set(m.stance, { weight: m.weight, first: m, spans: [m] });
    else {
      // Two patterns matching the same words ("boxed in", "boxed in his van") are one piece of evidence.
      const same = entry.spans.find((o) => o.start < m.end && m.start < o.end);
      if (same) entry.weight += Math.max(0, m.weight - same.weight);
      else entry.weight += m.weight;
      entry.spans.push(m);
    }
  }
  const out: FacetMatch[] = [];
  for (const [facet, stances] of byFacet) {
    // Two different numbers in one account ("Ana Ruiz, 26, and Leo Park, 24, …") are two people's:
    // which one the facet is about cannot be told here, so the account says nothing on it.
    if (stances.size > 1 && findFacet(facet)?.valueType === 'number') continue;
    let best: Tally | null = null;
    for (const e of stances.values()) if (!best || e.weight > best.weight || (e.weight === best.weight && e.first.start < best.first.start)) best = e;
    if (best) out.push(best.first);
  }
  return out.sort((a, b) => a.start - b.start || a.facet.localeCompare(b.facet));
}
