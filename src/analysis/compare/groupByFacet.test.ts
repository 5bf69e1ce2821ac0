import { describe, expect, it } from 'vitest';
import { loadFacets } from '../extract/facetVocab.js';
import type { ComparableClaim } from './groupPositions.js';
import { groupByFacet } from './groupByFacet.js';

const claim = (id: string, facet: string): ComparableClaim => ({
  id,
  incidentId: 'inc_1',
  versionId: 'ver_1',
  documentId: 'doc_1',
  facet,
  value: 'v',
  stance: 'v',
  text: 'An invented sentence.',
  start: 0,
  end: 5,
  speaker: null,
  side: 'outlet',
  attributionId: null,
  stage: 'extract@1',
});

describe('groupByFacet', () => {
  const facets = loadFacets();
  const [first, second] = facets.map((f) => f.id);
  const claims = [claim('c1', 'zz_unknown'), claim('c2', second), claim('c3', 'aa_unknown'), claim('c4', first), claim('c5', second)];

  it('puts facets in vocabulary order, unknown ones last by id, each with its claims in order', () => {
    const groups = groupByFacet(claims, facets);
    expect(groups.map((g) => g.id)).toEqual([first, second, 'aa_unknown', 'zz_unknown']);
    expect(groups.map((g) => g.facet?.id ?? null)).toEqual([first, second, null, null]);
    expect(groups[1].claims.map((c) => c.id)).toEqual(['c2', 'c5']);
  });

  it('reads a vocabulary that can still change afresh at every call', () => {
    const vocabulary = [...facets];
    expect(groupByFacet(claims, vocabulary).map((g) => g.id)).toEqual([first, second, 'aa_unknown', 'zz_unknown']);
    vocabulary.reverse();
    expect(groupByFacet(claims, vocabulary).map((g) => g.id)).toEqual([second, first, 'aa_unknown', 'zz_unknown']);
  });
});
