import type { Span } from './span.js';

export type DocumentFormat = 'text' | 'html';

/** How the publication date was determined, so a reader can judge it. */
export type PublishedAnchorKind =
  | 'explicit' // set by the user (ingest --published)
  | 'header' // a `Published:` line in a text header block
  | 'html-meta' // <meta> / OpenGraph / article:published_time
  | 'json-ld' // JSON-LD NewsArticle datePublished
  | 'update-note' // the earliest update note in the text ("Update, 11/03/25, …")
  | 'dateline' // a dated dateline in the text
  | 'none';

export interface PublishedAnchor {
  readonly kind: PublishedAnchorKind;
  /** YYYY-MM-DD, or null when nothing anchors the document. */
  readonly date: string | null;
  /** Where in the text the anchor was read, when it came from the text. */
  readonly span: Span | null;
}

/** "Update, 11/03/25, 09:50 a.m. ET: This article was updated with comment from DHS." */
export interface UpdateNote {
  readonly span: Span;
  /** YYYY-MM-DD */
  readonly date: string | null;
  /** HH:MM, 24-hour */
  readonly time: string | null;
  readonly timezone: string | null;
  /** What the note says after its date, e.g. "This article was updated with comment from DHS." */
  readonly note: string;
}

export interface DocumentMetadata {
  readonly title: string | null;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly author: string | null;
  /** YYYY-MM-DD as the source states it (header, meta, JSON-LD), before anchoring. */
  readonly published: string | null;
  /** YYYY-MM-DD */
  readonly modified: string | null;
}

/**
 * The result of ingesting one input: its raw bytes' hash, its text, and what we know about it.
 * Every offset elsewhere in Parallax indexes `text` (UTF-16 code units, end exclusive). For a text
 * file `text` is the whole file as read (header included) and `bodyStart` is where the body begins.
 */
export interface ParsedDocument {
  readonly kind: 'parsed-document';
  readonly format: DocumentFormat;
  readonly sha256: string;
  readonly byteLength: number;
  readonly text: string;
  readonly bodyStart: number;
  readonly metadata: DocumentMetadata;
  /** The date relative expressions are resolved against, and where it came from. */
  readonly anchor: PublishedAnchor;
  readonly updateNotes: readonly UpdateNote[];
}
