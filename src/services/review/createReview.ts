import { randomUUID } from 'node:crypto';
import type { AuditJson, ReviewDecision, ReviewVerdict, Visibility } from '../../domain/audit.js';
import type { Speaker } from '../../domain/attribution.js';
import type { ClaimRecord, IncidentRecord } from '../../domain/records.js';
import { ParallaxError } from '../../lib/errors.js';
import type { Store } from '../../store/Store.js';
import { readFieldPath } from './fieldPaths.js';
import { createIncidentOperations, type IncidentOperations } from './operateIncidents.js';
import type { Viewer } from './viewer.js';

export interface ReviewOptions {
  readonly now?: () => string;
  readonly newId?: () => string;
}

export interface ClaimDecisionInput {
  readonly incidentId: string;
  readonly claimId: string;
  readonly verdict: ReviewVerdict;
  /** The corrected claim value; required when the verdict is 'corrected'. */
  readonly value?: string;
}

export interface FieldDecisionInput {
  readonly incidentId: string;
  readonly field: string;
  readonly verdict: ReviewVerdict;
  readonly value?: AuditJson;
}

export interface SpeakerInput {
  readonly incidentId: string;
  readonly claimId: string;
  readonly speaker: Speaker | null;
}

export interface VisibilityInput {
  readonly incidentId: string;
  readonly field: string | null;
  readonly visibility: Visibility;
}

/** The write side of review: each change and its audit entry land in one transaction. */
export interface Review extends IncidentOperations {
  decideClaim(input: ClaimDecisionInput, viewer: Viewer): ReviewDecision;
  decideField(input: FieldDecisionInput, viewer: Viewer): ReviewDecision;
  reassignSpeaker(input: SpeakerInput, viewer: Viewer): ReviewDecision;
  setVisibility(input: VisibilityInput, viewer: Viewer): void;
}

function requireEditor(viewer: Viewer): void {
  if (!viewer.canEdit) throw new ParallaxError('forbidden', 'Only an editor can change the record.');
}

function requireIncident(store: Store, id: string): IncidentRecord {
  const incident = store.getIncident(id);
  if (!incident) throw new ParallaxError('not_found', `No incident ${id}.`, { id });
  return incident;
}

function requireClaim(store: Store, incidentId: string, claimId: string): ClaimRecord {
  const claim = store.listClaims(incidentId).find((c) => c.id === claimId);
  if (!claim) throw new ParallaxError('not_found', `Incident ${incidentId} has no claim ${claimId}.`, { incidentId, claimId });
  return claim;
}

function requireValue<T>(verdict: ReviewVerdict, value: T | undefined): T | null {
  if (verdict === 'confirmed') return null;
  if (value === undefined) throw new ParallaxError('bad_argument', 'A correction needs the corrected value.');
  return value;
}

/** The previous decision's value when there was one, else the machine's: what "before" means in the log. */
function currentValue(store: Store, incidentId: string, kind: ReviewDecision['kind'], key: string, machine: AuditJson): AuditJson {
  const previous = store.listReviewDecisions(incidentId).find((d) => d.kind === kind && d.key === key);
  return previous?.verdict === 'corrected' ? previous.value : machine;
}

export function createReview(store: Store, options: ReviewOptions = {}): Review {
  const now = options.now ?? (() => new Date().toISOString());
  const newId = options.newId ?? (() => `aud_${randomUUID().replace(/-/g, '').slice(0, 20)}`);

  function record(decision: ReviewDecision, action: string, target: { kind: string; id: string }, before: AuditJson): ReviewDecision {
    store.transaction(() => {
      store.saveReviewDecision(decision);
      store.appendAudit({
        id: newId(),
        at: decision.at,
        actor: decision.actor,
        action,
        target,
        before,
        after: decision.verdict === 'confirmed' ? { verdict: 'confirmed', value: before } : { verdict: 'corrected', value: decision.value },
        incidentId: decision.incidentId,
      });
    });
    return decision;
  }

  return {
    ...createIncidentOperations(store, now),
    decideClaim(input, viewer) {
      requireEditor(viewer);
      requireIncident(store, input.incidentId);
      const claim = requireClaim(store, input.incidentId, input.claimId);
      const value = requireValue(input.verdict, input.value);
      const before = currentValue(store, input.incidentId, 'claim', claim.id, claim.value);
      const decision: ReviewDecision = { incidentId: input.incidentId, kind: 'claim', key: claim.id, verdict: input.verdict, value, original: claim.value, actor: viewer.name, at: now() };
      return record(decision, input.verdict === 'confirmed' ? 'confirm_claim' : 'correct_claim', { kind: 'claim', id: claim.id }, before);
    },
    decideField(input, viewer) {
      requireEditor(viewer);
      const incident = requireIncident(store, input.incidentId);
      const machine = readFieldPath(incident, input.field);
      if (machine === undefined) throw new ParallaxError('not_found', `Incident ${input.incidentId} has no field ${input.field}.`, { field: input.field });
      const value = requireValue(input.verdict, input.value);
      const original = machine as AuditJson;
      const before = currentValue(store, input.incidentId, 'field', input.field, original);
      const decision: ReviewDecision = { incidentId: input.incidentId, kind: 'field', key: input.field, verdict: input.verdict, value, original, actor: viewer.name, at: now() };
      return record(decision, input.verdict === 'confirmed' ? 'confirm_field' : 'correct_field', { kind: 'field', id: `${input.incidentId}:${input.field}` }, before);
    },
    reassignSpeaker(input, viewer) {
      requireEditor(viewer);
      requireIncident(store, input.incidentId);
      const claim = requireClaim(store, input.incidentId, input.claimId);
      const original = claim.speaker as AuditJson;
      const before = currentValue(store, input.incidentId, 'speaker', claim.id, original);
      const decision: ReviewDecision = { incidentId: input.incidentId, kind: 'speaker', key: claim.id, verdict: 'corrected', value: input.speaker as AuditJson, original, actor: viewer.name, at: now() };
      return record(decision, 'reassign_speaker', { kind: 'claim', id: claim.id }, before);
    },
    setVisibility(input, viewer) {
      requireEditor(viewer);
      const incident = requireIncident(store, input.incidentId);
      if (input.field !== null && readFieldPath(incident, input.field) === undefined) {
        throw new ParallaxError('not_found', `Incident ${input.incidentId} has no field ${input.field}.`, { field: input.field });
      }
      const previous = store.listVisibility(input.incidentId).find((r) => r.field === input.field)?.visibility ?? 'published';
      const at = now();
      store.transaction(() => {
        store.saveVisibility({ incidentId: input.incidentId, field: input.field, visibility: input.visibility, actor: viewer.name, at });
        store.appendAudit({
          id: newId(),
          at,
          actor: viewer.name,
          action: 'set_visibility',
          target: input.field === null ? { kind: 'incident', id: input.incidentId } : { kind: 'field', id: `${input.incidentId}:${input.field}` },
          before: { visibility: previous },
          after: { visibility: input.visibility },
          incidentId: input.incidentId,
        });
      });
    },
  };
}
