import type { ExportedIncident } from '../../domain/exportContract.js';
import { toCsvLine } from './toCsvLine.js';

export const CLAIM_CSV_COLUMNS = Object.freeze([
  'incident_id', 'claim_id', 'facet', 'value', 'stance', 'side', 'speaker', 'speaker_affiliation', 'speaker_role',
  'text', 'document_id', 'version_id', 'start', 'end', 'url', 'outlet', 'published', 'stage',
] as const);

/** CSV, one row per claim, with the document it was read from; header first. */
export function* streamClaimCsv(incidents: Iterable<ExportedIncident>): Generator<string> {
  yield toCsvLine(CLAIM_CSV_COLUMNS);
  for (const incident of incidents) {
    const documents = new Map(incident.documents.map((d) => [d.versionId, d]));
    for (const claim of incident.claims) {
      const document = documents.get(claim.versionId);
      yield toCsvLine([
        incident.id, claim.id, claim.facet, claim.value, claim.stance, claim.side, claim.speaker?.name,
        claim.speaker?.affiliation, claim.speaker?.role, claim.text, claim.documentId, claim.versionId, claim.start,
        claim.end, document?.url, document?.outlet, document?.published, claim.stage,
      ]);
    }
  }
}
