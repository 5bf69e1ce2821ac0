import { ParallaxError } from '../../lib/errors.js';
import type { Store } from '../../store/Store.js';

export interface CopySummary {
  readonly versions: number;
  readonly incidents: number;
  readonly claims: number;
  readonly auditEntries: number;
  readonly failures: number;
}

/** Every version of every document, oldest first, so each previous version is copied before the next. */
function copyVersions(from: Store, to: Store): number {
  let versions = 0;
  for (const latestId of from.listLatestVersionIds()) {
    const latest = from.getVersion(latestId);
    if (!latest) continue;
    for (const version of from.listVersions(latest.documentId)) {
      to.insertVersion(version);
      to.replaceAttributions(version.id, from.listAttributions(version.id));
      to.replaceDrafts(version.id, from.listDrafts(version.id));
      versions += 1;
    }
  }
  return versions;
}

/** Incidents with their claims, and what reviewers decided and logged about each. */
function copyIncidents(from: Store, to: Store): { incidents: number; claims: number; auditEntries: number } {
  let incidents = 0;
  let claims = 0;
  const copied = new Set<string>();
  for (const row of from.listIncidentRows()) {
    const incident = from.getIncident(row.id);
    if (!incident) continue;
    const list = from.listClaims(row.id);
    to.saveIncident(incident, list);
    for (const entry of from.listAudit(row.id)) {
      // An entry about two incidents (a merge) is listed under both: copy it once.
      if (copied.has(entry.id)) continue;
      to.appendAudit(entry);
      copied.add(entry.id);
    }
    for (const decision of from.listReviewDecisions(row.id)) to.saveReviewDecision(decision);
    for (const rule of from.listVisibility(row.id)) to.saveVisibility(rule);
    incidents += 1;
    claims += list.length;
  }
  return { incidents, claims, auditEntries: copied.size };
}

/**
 * Copies everything one store holds into another, empty one, through the Store interface only —
 * so it works between any two implementations (SQLite → PostgreSQL for `migrate-db`). One
 * transaction on the target: a copy that fails leaves it as it was.
 */
export function copyStore(from: Store, to: Store): CopySummary {
  if (to.listLatestVersionIds().length > 0 || to.countIncidents() > 0) {
    throw new ParallaxError('bad_argument', 'The target database already holds documents or incidents; copy into an empty one.');
  }
  return to.transaction(() => {
    const versions = copyVersions(from, to);
    const { incidents, claims, auditEntries } = copyIncidents(from, to);
    const failures = from.listFailures();
    for (const failure of failures) to.recordFailure(failure);
    return { versions, incidents, claims, auditEntries, failures: failures.length };
  });
}
