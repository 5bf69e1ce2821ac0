import type { z } from 'zod';
import { EXPORT_SEARCH_QUERY } from '../routes/exports.js';
import { ID_PARAMS } from '../routes/idParam.js';
import { LIST_QUERY } from '../routes/incidents.js';
import { SEARCH_QUERY } from '../routes/search.js';

/** What the OpenAPI document says of one route; schemas are the very ones the route validates with. */
export interface RouteDoc {
  readonly summary: string;
  readonly query?: z.ZodType;
  readonly params?: z.ZodType;
  readonly body?: z.ZodType;
  /** Media types of a successful answer; JSON when absent. */
  readonly produces?: readonly string[];
  readonly tag: string;
}

const EXPORT_DOC = (format: string, media: string): RouteDoc => ({
  summary: `Export the filtered incidents as ${format} (streamed). Filters are the search's; \`claims=true\` gives one row per claim (csv, json); \`mapping=NAME\` writes imported dataset rows back in their schema (csv).`,
  query: EXPORT_SEARCH_QUERY,
  produces: [media],
  tag: 'export',
});

/**
 * The API's routes, described. A route a route file declares but this table does not still
 * appears in the document (collected as it is registered), marked as not yet described.
 */
export const ROUTE_DOCS: Readonly<Record<string, RouteDoc>> = {
  'GET /api/v1/health': { summary: 'Liveness: `{ ok: true }`.', tag: 'meta' },
  'GET /api/v1/incidents': { summary: 'One summary per incident, most recent first; `q` is full-text search.', query: LIST_QUERY, tag: 'incidents' },
  'GET /api/v1/incidents/{id}': { summary: 'An incident in the export contract, with the provenance of its fields.', params: ID_PARAMS, tag: 'incidents' },
  'GET /api/v1/search': { summary: 'Incident search with facets (counts per facet), map points and weeks.', query: SEARCH_QUERY, tag: 'incidents' },
  'GET /api/v1/documents/{id}': { summary: 'A document version (by document id: the newest) with its text and attributions.', params: ID_PARAMS, tag: 'documents' },
  'GET /api/v1/incidents/{id}/review': { summary: 'An incident as reviewed: decisions, visibility and audit log applied for this viewer.', params: ID_PARAMS, tag: 'review' },
  'GET /api/v1/incidents/{id}/audit': { summary: 'The audit log of an incident.', params: ID_PARAMS, tag: 'review' },
  'GET /api/v1/export.csv': EXPORT_DOC('CSV', 'text/csv'),
  'GET /api/v1/export.json': EXPORT_DOC('JSON (the export contract)', 'application/json'),
  'GET /api/v1/export.geojson': EXPORT_DOC('an RFC 7946 GeoJSON FeatureCollection', 'application/geo+json'),
  'GET /api/v1/export.claimreview': EXPORT_DOC('schema.org ClaimReview JSON-LD (checkable statistical claims by officials)', 'application/ld+json'),
};
