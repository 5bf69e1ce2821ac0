import type { ExportedIncident } from '../../domain/exportContract.js';
import { hasPages, pageAt } from '../../ingest/pdf/pageAt.js';
import { toCsvLine } from './toCsvLine.js';

/** Reads a document version's text, to cite the page of a claim read from a PDF. */
export type TextOfVersion = (versionId: string) => string | null;

export const CLAIM_CSV_COLUMNS = Object.freeze([
  'incident_id', 'claim_id', 'facet', 'value', 'stance', 'side', 'speaker', 'speaker_affiliation', 'speaker_role',
  'text', 'document_id', 'version_id', 'start', 'end', 'page', 'url', 'outlet', 'published', 'stage',
] as const);

/**
 * CSV, one row per claim, with the document it was read from; header first. `page` is the page of
 * a paged source (a PDF) the claim's span starts on, empty for other documents.
 */
export function* streamClaimCsv(incidents: Iterable<ExportedIncident>, textOf: TextOfVersion = () => null): Generator<string> {
  yield toCsvLine(CLAIM_CSV_COLUMNS);
  for (const incident of incidents) {
    const documents = new Map(incident.documents.map((d) => [d.versionId, d]));
    const texts = new Map<string, string | null>();
    const pageOf = (versionId: string, offset: number): number | null => {
      if (!texts.has(versionId)) texts.set(versionId, textOf(versionId));
      const text = texts.get(versionId);
      return text && hasPages(text) ? pageAt(text, offset) : null;
    };
    for (const claim of incident.claims) {
      const document = documents.get(claim.versionId);
      yield toCsvLine([
        incident.id, claim.id, claim.facet, claim.value, claim.stance, claim.side, claim.speaker?.name,
        claim.speaker?.affiliation, claim.speaker?.role, claim.text, claim.documentId, claim.versionId, claim.start,
        claim.end, pageOf(claim.versionId, claim.start), document?.url, document?.outlet, document?.published, claim.stage,
      ]);
    }
  }
}
