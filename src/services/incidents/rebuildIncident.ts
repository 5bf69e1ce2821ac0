import { compareClaims, COMPARE_STAGE } from '../../analysis/compare/compareClaims.js';
import { mergeIncident } from '../../analysis/merge/mergeIncident.js';
import type { ClaimDraft, IncidentDraft } from '../../domain/incident.js';
import type { AttributionRecord, ClaimRecord, IncidentRecord } from '../../domain/records.js';
import { formatStage } from '../../domain/stage.js';
import { EXTRACT_STAGE } from '../../analysis/extract/extractIncidents.js';
import { stableId } from '../../lib/ids.js';
import { geocodePlace } from './geocodePlace.js';
import type { Store, StoredDraft } from '../../store/Store.js';

/**
 * Recomputes one incident from every document's account of it: merged fields, claims with stable
 * ids, contested points. An incident with no account left is deleted. Runs inside the caller's
 * transaction, so a reader never sees half an incident. `knownAttributions` (by version id) are
 * attributions the caller has just stored, so they need not be read back.
 */
export function rebuildIncident(store: Store, incidentId: string, knownAttributions: ReadonlyMap<string, readonly AttributionRecord[]> = new Map()): IncidentRecord | null {
  const members = store.listDraftsForIncident(incidentId);
  if (members.length === 0) {
    store.deleteIncident(incidentId);
    return null;
  }
  const fields = mergeIncident(
    members.map((m) => ({ draft: m.draft, versionId: m.versionId, documentId: m.documentId, published: m.published })),
    { lookupCity: geocodePlace },
  );
  // Only the attributions' ids are needed (a claim names its attribution by position): the other
  // documents' rows are not read and parsed whole at every rebuild of their incident.
  const readIds = (versionId: string): readonly string[] =>
    knownAttributions.get(versionId)?.map((a) => a.id) ?? store.listAttributionIds?.(versionId) ?? store.listAttributions(versionId).map((a) => a.id);
  const claims = members.flatMap((m) => toClaimRecords(incidentId, m, () => readIds(m.versionId)));
  // Positions are ordered in time (an agency's revised account after its first): compare needs each claim's publication date.
  const published = new Map(members.map((m) => [m.versionId, m.published]));
  const incident: IncidentRecord = {
    ...fields,
    id: incidentId,
    contested: compareClaims(claims.map((c) => ({ ...c, published: published.get(c.versionId) ?? null }))),
    stage: [EXTRACT_STAGE, COMPARE_STAGE].map(formatStage).join(' '),
  };
  store.saveIncident(incident, claims);
  return incident;
}

function toClaimRecords(incidentId: string, member: StoredDraft, readAttributionIds: () => readonly string[]): ClaimRecord[] {
  const attributionIds = member.draft.claims.some((c) => c.attribution !== null) ? readAttributionIds() : [];
  const ids = claimIdsOf(member);
  const seen = new Set<string>();
  const records: ClaimRecord[] = [];
  member.draft.claims.forEach((claim, i) => {
    const id = ids[i];
    if (seen.has(id)) return;
    seen.add(id);
    records.push(toClaimRecord(id, incidentId, member, claim, attributionIds));
  });
  return records;
}

// An incident is rebuilt from every member at each new one, and each claim id is a hash: a store that
// hands back the same frozen draft for the same stored text (the SQLite store) has its members'
// ids remembered here, by draft. A draft that could still change is hashed afresh every time.
const knownClaimIds = new WeakMap<IncidentDraft, { readonly versionId: string; readonly ids: readonly string[] }>();

function claimIdsOf(member: StoredDraft): readonly string[] {
  const known = knownClaimIds.get(member.draft);
  if (known !== undefined && known.versionId === member.versionId) return known.ids;
  const ids = member.draft.claims.map((claim) => claimId(member.versionId, claim));
  if (isFrozenDraft(member.draft)) knownClaimIds.set(member.draft, { versionId: member.versionId, ids });
  return ids;
}

function isFrozenDraft(draft: IncidentDraft): boolean {
  return Object.isFrozen(draft) && Object.isFrozen(draft.claims) && draft.claims.every((c) => Object.isFrozen(c) && Object.isFrozen(c.span));
}

export function claimId(versionId: string, claim: ClaimDraft): string {
  return stableId('clm', versionId, claim.facet, claim.stance, claim.span.start, claim.span.end);
}

function toClaimRecord(id: string, incidentId: string, member: StoredDraft, claim: ClaimDraft, attributionIds: readonly string[]): ClaimRecord {
  return {
    id,
    incidentId,
    versionId: member.versionId,
    documentId: member.documentId,
    facet: claim.facet,
    value: claim.value,
    stance: claim.stance,
    text: claim.span.text,
    start: claim.span.start,
    end: claim.span.end,
    speaker: claim.speaker,
    side: claim.side,
    attributionId: claim.attribution !== null ? (attributionIds[claim.attribution] ?? null) : null,
    stage: formatStage(EXTRACT_STAGE),
  };
}
