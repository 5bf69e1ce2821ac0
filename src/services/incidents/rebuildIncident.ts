import { compareClaims, COMPARE_STAGE, type ComparableClaim } from '../../analysis/compare/compareClaims.js';
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
  const accounts = members.map((m) => claimsOf(incidentId, m, () => readIds(m.versionId)));
  const claims = accounts.flatMap((a) => a.records);
  const incident: IncidentRecord = {
    ...fields,
    id: incidentId,
    // Ages that are each a different person's of the incident are no dispute over one person's age.
    contested: compareClaims(accounts.flatMap((a) => a.comparable), { age: fields.persons.flatMap((p) => (p.age === null ? [] : [String(p.age)])) }),
    stage: [EXTRACT_STAGE, COMPARE_STAGE].map(formatStage).join(' '),
  };
  store.saveIncident(incident, claims);
  return incident;
}

/** One member's claims as stored, and as compared (with its publication date). */
interface MemberClaims {
  readonly incidentId: string;
  readonly versionId: string;
  readonly documentId: string;
  readonly published: string | null;
  readonly attributionIds: readonly string[];
  readonly records: readonly ClaimRecord[];
  readonly comparable: readonly ComparableClaim[];
}

// An incident is rebuilt from every member at each new one, and each claim id is a hash: a store that
// hands back the same frozen draft for the same stored text (the SQLite store) has its members'
// claims remembered here, by draft, for as long as the draft is in use, and used again while the
// incident, version, document, date and attribution ids they were made from are the same. A draft
// that could still change is made into claims afresh every time.
const knownClaims = new WeakMap<IncidentDraft, MemberClaims>();

function claimsOf(incidentId: string, member: StoredDraft, readAttributionIds: () => readonly string[]): MemberClaims {
  const attributionIds = member.draft.claims.some((c) => c.attribution !== null) ? readAttributionIds() : [];
  const known = knownClaims.get(member.draft);
  if (
    known !== undefined &&
    known.incidentId === incidentId &&
    known.versionId === member.versionId &&
    known.documentId === member.documentId &&
    known.published === member.published &&
    sameIds(known.attributionIds, attributionIds)
  ) {
    return known;
  }
  const records = toClaimRecords(incidentId, member, attributionIds);
  const made: MemberClaims = {
    incidentId,
    versionId: member.versionId,
    documentId: member.documentId,
    published: member.published,
    attributionIds: [...attributionIds],
    records,
    // Positions are ordered in time (an agency's revised account after its first): compare needs each claim's publication date.
    comparable: records.map((c) => Object.freeze({ ...c, published: member.published })),
  };
  if (isFrozenDraft(member.draft)) knownClaims.set(member.draft, made);
  return made;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

function isFrozenDraft(draft: IncidentDraft): boolean {
  return Object.isFrozen(draft) && Object.isFrozen(draft.claims) && draft.claims.every((c) => Object.isFrozen(c) && Object.isFrozen(c.span));
}

function toClaimRecords(incidentId: string, member: StoredDraft, attributionIds: readonly string[]): ClaimRecord[] {
  const seen = new Set<string>();
  const records: ClaimRecord[] = [];
  for (const claim of member.draft.claims) {
    const id = claimId(member.versionId, claim);
    if (seen.has(id)) continue;
    seen.add(id);
    records.push(toClaimRecord(id, incidentId, member, claim, attributionIds));
  }
  return records;
}

export function claimId(versionId: string, claim: ClaimDraft): string {
  return stableId('clm', versionId, claim.facet, claim.stance, claim.span.start, claim.span.end);
}

function toClaimRecord(id: string, incidentId: string, member: StoredDraft, claim: ClaimDraft, attributionIds: readonly string[]): ClaimRecord {
  return Object.freeze({
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
  });
}
