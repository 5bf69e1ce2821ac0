/**
 * Hash routes, so every view is a shareable URL and the server needs no fallback route:
 *   #/?q=&state=TX,NM&tracker=&sort=&offset=&limit=   incident list (facets as comma lists)
 *   #/speakers/:name                everything one speaker said
 *   #/incidents/:id                 one incident
 *   #/documents/:id?start=&end=     one document version, a passage highlighted
 */

function decodeSegment(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** The facets the list can filter on; each is a comma list in the URL. Mirrors the API's FACETS. */
export const FACET_NAMES = Object.freeze(['state', 'agency', 'outcome', 'force', 'month', 'review', 'contested']);

function readList(params, name) {
  const raw = params.get(name);
  return raw ? raw.split(',').map((v) => v.trim()).filter(Boolean) : [];
}

function readInt(params, name) {
  const raw = params.get(name);
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const n = Number(raw);
  return Number.isSafeInteger(n) ? n : null;
}

/** Parses `location.hash` (with or without its leading "#") into a frozen route. */
export function parseRoute(hash) {
  const raw = String(hash ?? '').replace(/^#/, '');
  // "#main" and the like are in-page anchors (the skip link), not routes.
  if (raw !== '' && !raw.startsWith('/')) return Object.freeze({ name: 'anchor', id: raw });
  const queryAt = raw.indexOf('?');
  const path = queryAt < 0 ? raw : raw.slice(0, queryAt);
  const params = new URLSearchParams(queryAt < 0 ? '' : raw.slice(queryAt + 1));
  const parts = path.split('/').filter(Boolean).map(decodeSegment);
  if (parts.some((p) => p === null)) return Object.freeze({ name: 'notFound', path });
  if (parts.length === 0) {
    const filters = Object.freeze(Object.fromEntries(FACET_NAMES.map((f) => [f, Object.freeze(readList(params, f))])));
    return Object.freeze({
      name: 'list',
      q: params.get('q') ?? '',
      offset: readInt(params, 'offset') ?? 0,
      limit: readInt(params, 'limit'),
      filters,
      tracker: params.get('tracker') ?? '',
      sort: params.get('sort') ?? '',
    });
  }
  if (parts.length === 2 && parts[0] === 'incidents') return Object.freeze({ name: 'incident', id: parts[1] });
  if (parts.length === 2 && parts[0] === 'speakers') return Object.freeze({ name: 'speaker', speaker: parts[1] });
  if (parts.length === 2 && parts[0] === 'documents') {
    return Object.freeze({ name: 'document', id: parts[1], start: readInt(params, 'start'), end: readInt(params, 'end') });
  }
  return Object.freeze({ name: 'notFound', path });
}

export function listHash({ q = '', offset = 0, limit = null, filters = {}, tracker = '', sort = '' } = {}) {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const facet of FACET_NAMES) if (filters[facet]?.length) params.set(facet, filters[facet].join(','));
  if (tracker) params.set('tracker', tracker);
  if (sort) params.set('sort', sort);
  if (offset) params.set('offset', String(offset));
  if (limit) params.set('limit', String(limit));
  const query = params.toString();
  return query ? `#/?${query}` : '#/';
}

export function incidentHash(id) {
  return `#/incidents/${encodeURIComponent(id)}`;
}

/** Link to a document version, optionally to one passage of it ({ start, end } offsets). */
export function documentHash(id, span = null) {
  const base = `#/documents/${encodeURIComponent(id)}`;
  if (!span || !Number.isInteger(span.start) || !Number.isInteger(span.end)) return base;
  return `${base}?start=${span.start}&end=${span.end}`;
}

export function speakerHash(name) {
  return `#/speakers/${encodeURIComponent(name)}`;
}
