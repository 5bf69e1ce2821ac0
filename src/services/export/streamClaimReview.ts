import type { ExportedIncident } from '../../domain/exportContract.js';
import type { ExportSource } from './walkIncidents.js';
import { findCheckableClaims, type CheckableClaim } from './findCheckableClaims.js';

/**
 * schema.org ClaimReview JSON-LD (`{"@context", "@graph": [ … ]}`) for the checkable statistical
 * claims in the incidents' documents. Parallax finds claims, it does not rate them: every review
 * says so in its rating rather than inventing a verdict. A claim quoted in a document about
 * several incidents is listed once.
 */
export function* streamClaimReview(source: ExportSource, incidents: Iterable<ExportedIncident>): Generator<string> {
  yield '{"@context":"https://schema.org","@graph":[';
  const seen = new Set<string>();
  let first = true;
  for (const incident of incidents) {
    for (const { versionId } of incident.documents) {
      if (seen.has(versionId)) continue;
      seen.add(versionId);
      const document = source.getDocument(versionId);
      if (!document) continue;
      for (const claim of findCheckableClaims(document)) {
        yield `${first ? '\n' : ',\n'}${JSON.stringify(toClaimReview(claim, incident.id))}`;
        first = false;
      }
    }
  }
  yield '\n]}\n';
}

export function toClaimReview(claim: CheckableClaim, incidentId: string) {
  const { name, affiliation } = claim.speaker;
  return {
    '@type': 'ClaimReview',
    identifier: claim.attributionId,
    claimReviewed: claim.text,
    author: { '@type': 'Organization', name: 'Parallax' },
    reviewRating: { '@type': 'Rating', alternateName: 'Not yet reviewed' },
    about: { '@type': 'Event', identifier: incidentId },
    itemReviewed: {
      '@type': 'Claim',
      author: {
        '@type': guessAuthorType(name, affiliation),
        name,
        ...(affiliation ? { affiliation: { '@type': 'Organization', name: affiliation } } : {}),
      },
      ...(claim.published ? { datePublished: claim.published } : {}),
      appearance: {
        '@type': 'CreativeWork',
        url: claim.url,
        ...(claim.title ? { headline: claim.title } : {}),
        ...(claim.outlet ? { publisher: { '@type': 'Organization', name: claim.outlet } } : {}),
        ...(claim.published ? { datePublished: claim.published } : {}),
      },
    },
  };
}

// Speakers are resolved to a person or to a body that spoke as one ("the department said").
const BODY_WORDS = /\b(?:department|office|agency|bureau|service|administration|police|patrol|security|enforcement|protection|council|court|ministry|government|commission|committee)\b/i;

function guessAuthorType(name: string, affiliation: string | null): 'Person' | 'Organization' {
  if (affiliation && affiliation !== name) return 'Person';
  return BODY_WORDS.test(name) ? 'Organization' : 'Person';
}
