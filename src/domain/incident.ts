import type { DatePrecision } from './analysis.js';
import type { Speaker } from './attribution.js';
import type { Side } from './roles.js';
import type { Span } from './span.js';

export type Outcome = 'killed' | 'injured' | 'uninjured' | 'unknown';

export type PersonRole = 'subject' | 'officer' | 'bystander' | 'other';

export interface IncidentPerson {
  /**
   * The person's name, or null when no document names them (an agency's release: "one individual
   * … was pronounced dead"); such a person's name source spans the words the document calls them by.
   */
  readonly name: string | null;
  readonly age: number | null;
  readonly role: PersonRole;
  readonly outcome: Outcome;
  readonly injuries: string | null;
}

/** Where an incident field's value was read: provenance for every fact. */
export interface FieldSource {
  /** e.g. "date", "city", "persons.0.age", "charges.0" */
  readonly field: string;
  readonly span: Span;
}

/**
 * One claim: one assertion about one facet of an incident, with its value, who makes it (or the
 * outlet itself when `speaker` is null and `side` is "outlet"), and the span it came from.
 */
export interface ClaimDraft {
  /** Facet id from vocab/facets.json, e.g. "vehicle_movement". */
  readonly facet: string;
  /** A short normalised statement of the position, e.g. "reversed toward officers". */
  readonly value: string;
  /** Which position on the facet this claim takes, a facet-defined key such as "toward_officers". */
  readonly stance: string;
  readonly span: Span;
  readonly speaker: Speaker | null;
  readonly side: Side;
  /** Index into the document's attributions, or null for the outlet's own reporting. */
  readonly attribution: number | null;
}

/** The facts of an incident, whoever holds them: one document's draft, the stored record, the export. */
export interface IncidentFacts {
  readonly date: string | null;
  readonly datePrecision: DatePrecision;
  readonly time: string | null;
  readonly city: string | null;
  readonly state: string | null;
  readonly place: string | null;
  readonly agencies: readonly string[];
  readonly persons: readonly IncidentPerson[];
  readonly charges: readonly string[];
  readonly force: readonly string[];
  readonly footage: string | null;
}

/** An incident as one document reports it, before it is merged with other documents' accounts. */
export interface IncidentDraft extends IncidentFacts {
  /** Local key within the document: 0 for the primary incident, 1… for incidents mentioned in passing. */
  readonly localIndex: number;
  readonly primary: boolean;
  readonly claims: readonly ClaimDraft[];
  readonly sources: readonly FieldSource[];
}

/** One position on a contested facet: the claims that take it, grouped by side. */
export interface Position {
  readonly stance: string;
  readonly summary: string;
  readonly side: Side;
  readonly claimIds: readonly string[];
  readonly speakers: readonly string[];
}

/**
 * What a point shows: `conflict`, accounts that disagree; `unanswered`, one camp's claims (an
 * accusation, a question) that the other camp has not answered, or has declined to.
 */
export type PointKind = 'conflict' | 'unanswered';

/**
 * The camp that has not spoken to an unanswered point: the state's camp (officials, prosecutors,
 * their filings) or the other camp (the subject's side, family, witnesses). `claimIds` are the
 * claims whose sentence states the silence ("the agency has not said why he was stopped"), empty
 * when the text only shows it by omission.
 */
export interface SilentCamp {
  readonly camp: 'state' | 'other';
  readonly summary: string;
  readonly claimIds: readonly string[];
}

/** A facet on which claims from different sides disagree, or one camp's claims go unanswered. */
export interface ContestedPoint {
  readonly facet: string;
  readonly positions: readonly Position[];
  /** Absent on points stored before unanswered points existed: read it as `conflict`. */
  readonly kind?: PointKind;
  /** Only on an unanswered point: who has not answered, and where the text says so. */
  readonly silent?: SilentCamp;
}
