import { documentOfClaim } from './camps.js';

/**
 * The statements of an incident in the order they were published: by the claim's document date
 * (undated documents last), then by document, then by position in the text, so the order is stable.
 */
export function buildTimeline(incident) {
  const docOrder = new Map(incident.documents.map((d, i) => [d.versionId, i]));
  const entries = incident.claims.map((claim) => ({ claim, document: documentOfClaim(incident, claim) }));
  const dateOf = (entry) => entry.document?.published ?? null;
  return entries.sort((a, b) => {
    const da = dateOf(a);
    const db = dateOf(b);
    if (da !== db) {
      if (da === null) return 1;
      if (db === null) return -1;
      return da < db ? -1 : 1;
    }
    const oa = docOrder.get(a.claim.versionId) ?? Infinity;
    const ob = docOrder.get(b.claim.versionId) ?? Infinity;
    if (oa !== ob) return oa - ob;
    return a.claim.start - b.claim.start;
  });
}
