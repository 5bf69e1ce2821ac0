import type { Speaker } from './attribution.js';
import type { IncidentFacts, PointKind, SilentCamp } from './incident.js';
import type { Side } from './roles.js';

/** The JSON export contract (docs/export.md). Measurements rely on it: change it only with them. */
export interface ExportedIncident extends IncidentFacts {
  readonly id: string;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly documents: readonly ExportedDocument[];
  readonly claims: readonly ExportedClaim[];
  readonly contested: readonly ExportedContested[];
  /** Provenance of incident fields ("date", "persons.0.age", "charges.1"…), when known: lets a reader open the sentence a fact was read from. */
  readonly sources?: readonly ExportedFieldSource[];
}

export interface ExportedFieldSource {
  readonly field: string;
  readonly versionId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface ExportedDocument {
  readonly id: string;
  readonly versionId: string;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly published: string | null;
  /** true when the incident is what the document is about, false when it is mentioned in passing. */
  readonly primary: boolean;
}

export interface ExportedClaim {
  readonly id: string;
  readonly facet: string;
  readonly value: string;
  readonly stance: string;
  readonly text: string;
  readonly speaker: Speaker | null;
  readonly side: Side;
  readonly documentId: string;
  readonly versionId: string;
  readonly start: number;
  readonly end: number;
  readonly stage: string;
}

export interface ExportedContested {
  readonly facet: string;
  readonly label: string;
  /** `conflict` (accounts disagree) or `unanswered` (one camp speaks, the other is silent); optional so older exports still read. */
  readonly kind?: PointKind;
  /** On an unanswered point: the silent camp and the claims that state the silence. */
  readonly silent?: SilentCamp;
  readonly positions: readonly {
    readonly stance: string;
    readonly summary: string;
    readonly side: Side;
    readonly claimIds: readonly string[];
    readonly speakers: readonly string[];
  }[];
}

export interface ExportedAttributionLine {
  readonly id: string;
  readonly attributions: readonly {
    readonly kind: 'direct' | 'indirect' | 'mixed';
    readonly speaker: Speaker | null;
    readonly source: { start: number; end: number; text: string } | null;
    readonly cue: { start: number; end: number; text: string } | null;
    readonly content: { start: number; end: number; text: string; fragments: { start: number; end: number; text: string }[] };
  }[];
}
