import { findAgreements } from '../../analysis/compare/findAgreements.js';
import type { ContestedPoint } from '../../domain/incident.js';
import type { Store } from '../../store/Store.js';

/**
 * Corroboration on a stored incident: the facets on which independent sides take the same stance
 * (a witness and the agency both saying the car drove at the agents), positions grouped by side and
 * each side's claims in publication order, like contested points. Null when there is no incident.
 */
export function listAgreements(store: Store, incidentId: string): readonly ContestedPoint[] | null {
  if (!store.getIncident(incidentId)) return null;
  const published = new Map(store.listIncidentDocuments(incidentId).map((d) => [d.versionId, store.getVersion(d.versionId)?.published ?? null]));
  const claims = store.listClaims(incidentId).map((c) => ({ ...c, published: published.get(c.versionId) ?? null }));
  return findAgreements(claims);
}
