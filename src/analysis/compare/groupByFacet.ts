import type { Facet } from '../extract/facetVocab.js';
import type { ComparableClaim } from './groupPositions.js';

/** Claims grouped by facet, in vocabulary order, unknown facets last by id. */
export function groupByFacet(claims: readonly ComparableClaim[], facets: readonly Facet[]): { id: string; facet: Facet | null; claims: ComparableClaim[] }[] {
  const byId = new Map<string, ComparableClaim[]>();
  for (const c of claims) {
    const list = byId.get(c.facet);
    if (list) list.push(c);
    else byId.set(c.facet, [c]);
  }
  const positions = positionsOf(facets);
  const rank = (id: string) => positions.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...byId.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([id, list]) => ({ id, facet: facets[positions.get(id) ?? -1] ?? null, claims: list }));
}

// Each facet's first position in its vocabulary, by id: an incident is compared again at each new
// document, and grouping searched the vocabulary in every comparison of its sort (issue 6).
const knownPositions = new WeakMap<readonly Facet[], ReadonlyMap<string, number>>();

function positionsOf(facets: readonly Facet[]): ReadonlyMap<string, number> {
  let positions = knownPositions.get(facets);
  if (positions === undefined) {
    const first = new Map<string, number>();
    facets.forEach((f, i) => {
      if (!first.has(f.id)) first.set(f.id, i);
    });
    positions = first;
    if (Object.isFrozen(facets)) knownPositions.set(facets, positions);
  }
  return positions;
}
