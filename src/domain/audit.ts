/** JSON as stored in the audit log: what a target looked like before and after a change. */
export type AuditJson = string | number | boolean | null | readonly AuditJson[] | { readonly [key: string]: AuditJson };

/** What a change was made to: an incident, one of its fields, a claim, an attribution, a document… */
export interface AuditTarget {
  readonly kind: string;
  readonly id: string;
}

/**
 * One recorded change. Appended in the same transaction as the change itself and never edited:
 * the log is how a newsroom shows who changed what the machine said, and when.
 */
export interface AuditEntry {
  readonly id: string; // aud_…
  /** ISO 8601 instant. */
  readonly at: string;
  /** The user name, or 'local' for the single-user local editor. */
  readonly actor: string;
  /** snake_case verb: confirm_claim, correct_field, reassign_speaker, set_visibility, merge_incidents… */
  readonly action: string;
  readonly target: AuditTarget;
  readonly before: AuditJson | null;
  readonly after: AuditJson | null;
  /** The incident the change belongs to when the target is inside one (a claim, a field); lets listAudit find it. */
  readonly incidentId?: string | null;
}

/** Who decides a review item and how: confirmed as the machine read it, or corrected to a new value. */
export type ReviewVerdict = 'confirmed' | 'corrected';

/**
 * A reviewer's decision on one item of an incident, kept beside (never over) what the machine read,
 * so a rebuild of the incident keeps the correction and the original stays visible.
 */
export interface ReviewDecision {
  readonly incidentId: string;
  /** 'field' (an incident field path such as "date" or "persons.0.age"), 'claim' or 'speaker' (a claim's speaker). */
  readonly kind: 'field' | 'claim' | 'speaker';
  /** The field path or the claim id. */
  readonly key: string;
  readonly verdict: ReviewVerdict;
  /** The corrected value (JSON), null when confirmed. */
  readonly value: AuditJson | null;
  /** The machine's value when the decision was made. */
  readonly original: AuditJson | null;
  readonly actor: string;
  readonly at: string;
}

export type Visibility = 'published' | 'private';

/** Whether an incident (field null) or one of its fields is shown to anonymous readers. */
export interface VisibilityRule {
  readonly incidentId: string;
  /** null for the whole incident, else a field path ("persons.0.name", "claims", …). */
  readonly field: string | null;
  readonly visibility: Visibility;
  readonly actor: string;
  readonly at: string;
}
