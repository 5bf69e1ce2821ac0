import type { Attribution } from '../domain/attribution.js';
import type { ExportedIncident } from '../domain/exportContract.js';
import type { UpdateNote } from '../domain/document.js';

/** One line of the incident list. */
export interface IncidentSummary {
  readonly id: string;
  readonly date: string | null;
  readonly city: string | null;
  readonly state: string | null;
  readonly subject: string | null;
  readonly agencies: readonly string[];
  readonly documentCount: number;
  readonly claimCount: number;
  readonly contestedCount: number;
}

export interface IncidentList {
  /** Every match, or — when `totalIsLowerBound` — the count the store stopped at (a common word at scale). */
  readonly total: number;
  readonly totalIsLowerBound?: boolean;
  readonly items: readonly IncidentSummary[];
}

/** A document version as the UI shows it: its text and every attribution in it. */
export interface DocumentView {
  readonly id: string;
  readonly versionId: string;
  readonly title: string | null;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly text: string;
  readonly bodyStart: number;
  readonly updateNotes: readonly UpdateNote[];
  readonly attributions: readonly (Attribution & { readonly id: string })[];
  readonly versions: readonly { readonly versionId: string; readonly ingestedAt: string; readonly sha256: string }[];
}

/** What the API and the CLI read. Implemented over the store by services/createQueries. */
export interface Queries {
  listIncidents(options: { readonly q?: string; readonly limit: number; readonly offset: number }): IncidentList;
  getIncident(id: string): ExportedIncident | null;
  getDocument(idOrVersionId: string): DocumentView | null;
}
