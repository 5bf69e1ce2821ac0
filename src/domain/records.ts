import type { Attribution, Speaker } from './attribution.js';
import type { DocumentFormat, PublishedAnchor, UpdateNote } from './document.js';
import type { ContestedPoint, FieldSource, IncidentFacts } from './incident.js';
import type { Side } from './roles.js';

/**
 * Stored objects, with their stable ids. A document is identified by its URL when it has one
 * (new content under the same URL is a new version), else by its first content hash.
 */
export interface DocumentVersionRecord {
  readonly id: string; // ver_…
  readonly documentId: string; // doc_…
  readonly previousVersionId: string | null;
  readonly sha256: string;
  readonly format: DocumentFormat;
  readonly text: string;
  readonly bodyStart: number;
  readonly title: string | null;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly author: string | null;
  /** YYYY-MM-DD used to resolve relative dates. */
  readonly published: string | null;
  readonly anchor: PublishedAnchor;
  readonly updateNotes: readonly UpdateNote[];
  readonly sourcePath: string | null;
  readonly ingestedAt: string;
}

export interface AttributionRecord extends Attribution {
  readonly id: string; // att_…
  readonly versionId: string;
  readonly stage: string; // "attribution@1"
}

export interface ClaimRecord {
  readonly id: string; // clm_…
  readonly incidentId: string;
  readonly versionId: string;
  readonly documentId: string;
  readonly facet: string;
  readonly value: string;
  readonly stance: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly speaker: Speaker | null;
  readonly side: Side;
  readonly attributionId: string | null;
  readonly stage: string; // "extract@1"
}

export interface IncidentRecord extends IncidentFacts {
  readonly id: string; // inc_…
  readonly lat: number | null;
  readonly lon: number | null;
  /** Provenance of every field, with the document version each came from. */
  readonly sources: readonly (FieldSource & { readonly versionId: string })[];
  readonly contested: readonly ContestedPoint[];
  readonly stage: string;
}

/** A document that failed to ingest, with its reason; the batch goes on. */
export interface FailureRecord {
  readonly path: string;
  readonly code: string;
  readonly message: string;
  readonly at: string;
}
