import { humanize } from './format.js';

/**
 * The columns of the contested table. Mirrors `camp()` in src/domain/roles.ts: the state's account
 * (officials, prosecutors, court documents) against everyone else, the outlet's own reporting apart.
 */
export const CAMPS = Object.freeze([
  Object.freeze({ key: 'state', label: 'Officials, prosecutors & documents' }),
  Object.freeze({ key: 'other', label: 'Subject & counsel, family, witnesses, others' }),
  Object.freeze({ key: 'outlet', label: "Outlet's own reporting" }),
]);

export function campOfSide(side) {
  if (side === 'officials' || side === 'prosecutors' || side === 'documents') return 'state';
  if (side === 'outlet') return 'outlet';
  return 'other';
}

/** Finds the document a claim was read from (by version, else by document id). */
export function documentOfClaim(incident, claim) {
  return (
    incident.documents.find((d) => d.versionId === claim.versionId) ??
    incident.documents.find((d) => d.id === claim.documentId) ??
    null
  );
}

/**
 * One row per contested facet, one cell per camp; each cell holds that camp's positions, each
 * position its claims joined with their document (for outlet and date). Claim ids the incident
 * does not contain are skipped rather than invented.
 */
export function buildContestedRows(incident) {
  const claimsById = new Map(incident.claims.map((c) => [c.id, c]));
  return incident.contested.map((point) => {
    const cells = Object.fromEntries(CAMPS.map((c) => [c.key, []]));
    for (const position of point.positions) {
      const claims = position.claimIds
        .map((id) => claimsById.get(id))
        .filter(Boolean)
        .map((claim) => ({ claim, document: documentOfClaim(incident, claim) }));
      cells[campOfSide(position.side)].push({ ...position, claims });
    }
    return { facet: point.facet, label: point.label || humanize(point.facet), cells };
  });
}
