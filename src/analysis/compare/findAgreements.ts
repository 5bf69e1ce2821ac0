import type { ContestedPoint } from '../../domain/incident.js';
import { camp } from '../../domain/roles.js';
import { loadFacets } from '../extract/facetVocab.js';
import { groupByFacet } from './groupByFacet.js';
import type { ComparableClaim } from './groupPositions.js';
import { groupPositions } from './groupPositions.js';
import { isReportedWithin } from './isReportedWithin.js';

/**
 * Corroboration: facets on which independent sides take the same stance, e.g. officials and a
 * witness both saying the car drove at the agents. Sides are independent when they are different
 * and not all of the state's camp (officials repeating prosecutors corroborate nothing); the outlets'
 * own reporting does not count, nor does speech one speaker reports from another (see isReportedWithin).
 * Same shape as contested points, with only the agreeing stances.
 */
export function findAgreements(claims: readonly ComparableClaim[]): ContestedPoint[] {
  const out: ContestedPoint[] = [];
  for (const { id, facet, claims: all } of groupByFacet(claims, loadFacets())) {
    // What a relative reports officials told her is her word: it corroborates nothing she says.
    const list = all.filter((c) => !isReportedWithin(c, all));
    const agreeing = new Set<string>();
    for (const stance of new Set(list.map((c) => c.stance))) {
      const sides = new Set(list.filter((c) => c.stance === stance && camp(c.side) !== 'neutral').map((c) => c.side));
      if (sides.size >= 2 && [...sides].some((s) => camp(s) !== 'state')) agreeing.add(stance);
    }
    if (!agreeing.size) continue;
    const kept = list.filter((c) => agreeing.has(c.stance) && camp(c.side) !== 'neutral');
    out.push(Object.freeze({ facet: id, positions: Object.freeze(groupPositions(facet, kept)) }));
  }
  return out;
}
