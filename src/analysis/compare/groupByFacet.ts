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
  const rank = (id: string) => {
    const i = facets.findIndex((f) => f.id === id);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...byId.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([id, list]) => ({ id, facet: facets.find((f) => f.id === id) ?? null, claims: list }));
}
