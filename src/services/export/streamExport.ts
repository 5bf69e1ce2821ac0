import type { DocumentVersionRecord } from '../../domain/records.js';
import { ParallaxError } from '../../lib/errors.js';
import { streamClaimCsv } from './streamClaimCsv.js';
import { streamClaimReview } from './streamClaimReview.js';
import { streamGeoJson } from './streamGeoJson.js';
import { streamIncidentCsv } from './streamIncidentCsv.js';
import { streamMappedCsv } from './streamMappedCsv.js';
import { loadMapping } from '../../ingest/csv/csvMapping.js';
import { streamClaimJson, streamJson } from './streamJson.js';
import { walkIncidents, type ExportSource } from './walkIncidents.js';

export const EXPORT_FORMATS = Object.freeze(['csv', 'json', 'geojson', 'claimreview'] as const);
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = Object.freeze({
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
  claimreview: 'application/ld+json; charset=utf-8',
});

export interface ExportRequest {
  readonly format: ExportFormat;
  /** One row per claim instead of one per incident (csv and json). */
  readonly claims?: boolean;
  /** Write the imported dataset rows back in this mapping's schema (csv only), e.g. "washington-post". */
  readonly mapping?: string;
  /** Stored document versions to append as `"documents"` (the json export of incidents only), see walkVersions. */
  readonly documents?: Iterable<DocumentVersionRecord>;
}

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/**
 * An export as a lazy sequence of text chunks: nothing is read until a chunk is asked for, and
 * only one page of incidents is held at a time, whatever the size of the database.
 */
export function streamExport(source: ExportSource, request: ExportRequest): { contentType: string; chunks: Iterable<string> } {
  const incidents = walkIncidents(source);
  if (request.claims && (request.format === 'geojson' || request.format === 'claimreview')) {
    throw new ParallaxError('bad_argument', `--claims applies to csv and json exports, not ${request.format}.`, { format: request.format });
  }
  if (request.mapping !== undefined && (request.format !== 'csv' || request.claims)) {
    throw new ParallaxError('bad_argument', 'A mapping applies to the csv export of incidents only.', { format: request.format });
  }
  if (request.documents !== undefined && (request.format !== 'json' || request.claims)) {
    throw new ParallaxError('bad_argument', 'Documents go with the json export of incidents only.', { format: request.format });
  }
  const mapping = request.mapping === undefined ? null : loadMapping(request.mapping);
  const chunks = (() => {
    switch (request.format) {
      case 'csv':
        if (mapping) return streamMappedCsv(source, mapping, incidents);
        return request.claims ? streamClaimCsv(incidents, (versionId) => source.getDocument(versionId)?.text ?? null) : streamIncidentCsv(incidents);
      case 'json':
        return request.claims ? streamClaimJson(incidents) : streamJson(incidents, request.documents);
      case 'geojson':
        return streamGeoJson(incidents);
      case 'claimreview':
        return streamClaimReview(source, incidents);
    }
  })();
  return { contentType: EXPORT_CONTENT_TYPES[request.format], chunks };
}
