import type { DocumentMetadata } from '../domain/document.js';
import type { StatedDate } from './anchor/chooseAnchor.js';

/** What a format-specific reader hands back before anchoring and update notes are worked out. */
export interface ExtractedDocument {
  readonly text: string;
  readonly bodyStart: number;
  readonly metadata: DocumentMetadata;
  /** Publication dates the document states about itself, strongest first. */
  readonly stated: readonly StatedDate[];
}
