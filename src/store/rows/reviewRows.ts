import type { AuditJson, ReviewDecision, VisibilityRule } from '../../domain/audit.js';
import type { ReviewTally } from '../Store.js';

/** Review rows as both stores keep them, and how values are kept as JSON. */
export interface ReviewTable {
  saveDecision(decision: ReviewDecision): void;
  listDecisions(incidentId: string): ReviewDecision[];
  saveVisibility(rule: VisibilityRule): void;
  listVisibility(incidentId: string): VisibilityRule[];
  /** Ids of incidents marked private as a whole. */
  listPrivateIncidentIds(): string[];
  listReviewTallies(): ReviewTally[];
}

export interface DecisionRow {
  incident_id: string;
  kind: ReviewDecision['kind'];
  key: string;
  verdict: ReviewDecision['verdict'];
  value_json: string | null;
  original_json: string | null;
  actor: string;
  at: string;
}

export interface VisibilityRow {
  incident_id: string;
  field: string;
  visibility: VisibilityRule['visibility'];
  actor: string;
  at: string;
}

export function parseJson(text: string | null): AuditJson | null {
  return text === null ? null : (JSON.parse(text) as AuditJson);
}

export function toJson(value: AuditJson | null): string | null {
  return value === null ? null : JSON.stringify(value);
}

// The whole incident is stored under the empty field name: NULL would not be unique in a key.
export const WHOLE = '';
