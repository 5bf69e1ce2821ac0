import { describe, expect, it } from 'vitest';
import { makeDocument, makeGeneratedQueries } from './exportFixtures.js';
import { compileCheckableVocab, findCheckableClaims } from './findCheckableClaims.js';
import { streamClaimReview } from './streamClaimReview.js';
import { sourceFromQueries, walkIncidents } from './walkIncidents.js';

/** The schema.org ClaimReview shape (and what Google's fact-check markup requires of it). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- walking untyped JSON-LD is the point of the check
function checkClaimReview(review: Record<string, any>): string[] {
  const problems: string[] = [];
  if (review['@type'] !== 'ClaimReview') problems.push('@type');
  if (typeof review.claimReviewed !== 'string' || !review.claimReviewed) problems.push('claimReviewed');
  if (review.reviewRating?.['@type'] !== 'Rating' || !review.reviewRating.alternateName) problems.push('reviewRating');
  if (!review.author?.name) problems.push('author');
  const item = review.itemReviewed;
  if (item?.['@type'] !== 'Claim') problems.push('itemReviewed.@type');
  if (!['Person', 'Organization'].includes(item?.author?.['@type']) || !item?.author?.name) problems.push('itemReviewed.author');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(item?.datePublished ?? '')) problems.push('itemReviewed.datePublished');
  if (item?.appearance?.['@type'] !== 'CreativeWork' || !/^https?:\/\//.test(item?.appearance?.url ?? '')) problems.push('itemReviewed.appearance.url');
  return problems;
}

describe('findCheckableClaims', () => {
  it('keeps an official\'s statistical statement and leaves other statements alone', () => {
    const claims = findCheckableClaims(makeDocument(1));
    expect(claims.map((c) => c.attributionId)).toEqual(['att_1_stat']);
    expect(claims[0].text).toContain('700 percent');
  });

  it('follows the vocabulary: a role outside it is never a claimant', () => {
    const vocab = compileCheckableVocab({ roles: ['family'], statisticWords: ['percent'] });
    expect(findCheckableClaims(makeDocument(1), vocab)).toEqual([]);
  });

  it('needs a source URL to cite', () => {
    expect(findCheckableClaims(makeDocument(1, null))).toEqual([]);
  });

  it('refuses a malformed vocabulary loudly', () => {
    expect(() => compileCheckableVocab({ roles: [] })).toThrow(/malformed/);
  });
});

describe('streamClaimReview', () => {
  it('writes JSON-LD ClaimReviews with claimant, date and source URL, each claim once', () => {
    const { queries } = makeGeneratedQueries(10);
    const doc = JSON.parse([...streamClaimReview(sourceFromQueries(queries, {}), walkIncidents(sourceFromQueries(queries, {})))].join(''));
    expect(doc['@context']).toBe('https://schema.org');
    // Documents 4 and 9 have no URL in the fixtures: 8 citable documents, one statistic each.
    expect(doc['@graph']).toHaveLength(8);
    for (const review of doc['@graph']) {
      expect(checkClaimReview(review)).toEqual([]);
      expect(review.itemReviewed.author).toMatchObject({ '@type': 'Person', name: 'Ray Quill', affiliation: { name: 'Department of Public Safety' } });
    }
    expect(new Set(doc['@graph'].map((r: { identifier: string }) => r.identifier)).size).toBe(8);
  });
});
