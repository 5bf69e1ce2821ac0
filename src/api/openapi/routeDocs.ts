import type { z } from 'zod';
import { EXPORT_SEARCH_QUERY } from '../routes/exports.js';
import { ID_PARAMS } from '../routes/idParam.js';
import { LIST_QUERY } from '../routes/incidents.js';
import { SEARCH_QUERY } from '../routes/search.js';
import { LOGIN } from '../auth/registerSessionRoutes.js';
import { CLAIM_DECISION, CLAIM_PARAMS, FIELD_DECISION, MERGE, SPEAKER, SPLIT, UNDO, UNDO_PARAMS, VISIBILITY } from '../routes/review.js';
import { NAME_PARAMS } from '../routes/speakers.js';

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
  'GET /api/openapi.json': { summary: 'This OpenAPI 3.1 document, generated from the routes\' own validation schemas.', tag: 'meta' },
  'GET /api/docs': { summary: 'The API documentation as a page (server-rendered, no script).', produces: ['text/html'], tag: 'meta' },
  'GET /api/v1/incidents': { summary: 'One summary per incident, most recent first; `q` is full-text search.', query: LIST_QUERY, tag: 'incidents' },
  'GET /api/v1/incidents/{id}': { summary: 'An incident in the export contract, with the provenance of its fields.', params: ID_PARAMS, tag: 'incidents' },
  'GET /api/v1/search': { summary: 'Incident search with facets (counts per facet), map points and weeks.', query: SEARCH_QUERY, tag: 'incidents' },
  'GET /api/v1/documents/{id}': { summary: 'A document version (by document id: the newest) with its text and attributions.', params: ID_PARAMS, tag: 'documents' },
  'GET /api/v1/incidents/{id}/review': { summary: 'An incident as reviewed: decisions, visibility and audit log applied for this viewer.', params: ID_PARAMS, tag: 'review' },
  'GET /api/v1/incidents/{id}/audit': { summary: 'The audit log of an incident.', params: ID_PARAMS, tag: 'review' },
  'POST /api/v1/incidents/{id}/claims/{claimId}/review': { summary: 'Editors: confirm or correct a claim (the original is kept; the change is audited).', params: CLAIM_PARAMS, body: CLAIM_DECISION, tag: 'review' },
  'POST /api/v1/incidents/{id}/claims/{claimId}/speaker': { summary: 'Editors: reassign a quote to another speaker, or to nobody (audited).', params: CLAIM_PARAMS, body: SPEAKER, tag: 'review' },
  'POST /api/v1/incidents/{id}/fields/review': { summary: 'Editors: confirm or correct an incident field (the original is kept; audited).', params: ID_PARAMS, body: FIELD_DECISION, tag: 'review' },
  'POST /api/v1/incidents/{id}/visibility': { summary: 'Editors: mark an incident or one of its fields private or published (audited).', params: ID_PARAMS, body: VISIBILITY, tag: 'review' },
  'POST /api/v1/incidents/merge': { summary: 'Editors: merge incidents into the first one named (audited, undoable).', body: MERGE, tag: 'review' },
  'POST /api/v1/incidents/{id}/split': { summary: 'Editors: split document versions or accounts off into a new incident (audited, undoable).', params: ID_PARAMS, body: SPLIT, tag: 'review' },
  'POST /api/v1/audit/{entryId}/undo': { summary: 'Editors: undo a merge or split recorded in the audit log.', params: UNDO_PARAMS, body: UNDO, tag: 'review' },
  'GET /api/v1/speakers/{name}': { summary: 'Everything one speaker said across incidents, in publication order.', params: NAME_PARAMS, tag: 'incidents' },
  'GET /api/v1/map': { summary: 'The offline U.S. map outline (SVG paths projected on the server from us-atlas).', tag: 'incidents' },
  'GET /api/v1/viewer': { summary: 'Who this request is: anonymous, the local editor or a signed-in account, and what it may do.', tag: 'meta' },
  'POST /api/v1/viewer/leave': { summary: 'Drop the local editor cookie (become an anonymous reader).', tag: 'meta' },
  'POST /api/v1/session': { summary: 'Sign in with a name and password: sets the session cookie and returns the CSRF token. Rate-limited.', body: LOGIN, tag: 'accounts' },
  'GET /api/v1/session': { summary: 'The signed-in account and its CSRF token (401 without a session).', tag: 'accounts' },
  'DELETE /api/v1/session': { summary: 'Sign out (a browser session must send its CSRF token).', tag: 'accounts' },
  'GET /api/v1/export.csv': EXPORT_DOC('CSV', 'text/csv'),
  'GET /api/v1/export.json': EXPORT_DOC('JSON (the export contract)', 'application/json'),
  'GET /api/v1/export.geojson': EXPORT_DOC('an RFC 7946 GeoJSON FeatureCollection', 'application/geo+json'),
  'GET /api/v1/export.claimreview': EXPORT_DOC('schema.org ClaimReview JSON-LD (checkable statistical claims by officials)', 'application/ld+json'),
};
