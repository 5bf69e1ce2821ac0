import { loadAgencies } from '../../nlp/mentions/loadAgencies.js';

/** Whether an agency (by registry id) is in scope: it, or an agency above it, is listed in scope. */
export function isAgencyInScope(agencyId: string, scope: ReadonlySet<string>): boolean {
  const id = agencyId.toLowerCase();
  if (scope.has(id)) return true;
  return loadAgencies()
    .parentsOf(id)
    .some((a) => scope.has(a.id.toLowerCase()));
}

/**
 * A medical examiner or coroner, or a court, speaks about an incident or rules on it but is not one
 * of its agencies (the bodies whose officers were there, or that investigate or prosecute).
 */
export function isIncidentAgency(agencyId: string): boolean {
  const kind = loadAgencies().get(agencyId)?.kind;
  return kind !== 'examiner' && kind !== 'court';
}

/** The canonical short name of an agency ("usbp" → "Border Patrol"), or the id when unknown. */
export function nameAgency(agencyId: string): string {
  return loadAgencies().get(agencyId)?.short ?? agencyId;
}
