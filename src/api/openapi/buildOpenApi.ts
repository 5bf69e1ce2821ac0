import { z } from 'zod';
import { ROUTE_DOCS, type RouteDoc } from './routeDocs.js';

export interface CollectedRoute {
  readonly method: string;
  /** Fastify syntax: `/api/v1/incidents/:id`. */
  readonly url: string;
}

type JsonSchema = { properties?: Record<string, unknown>; required?: string[] } & Record<string, unknown>;

function toJsonSchema(schema: z.ZodType): JsonSchema {
  // The input side: what a client sends, before the route's coercions and defaults.
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  delete json.$schema;
  return json;
}

function toParameters(schema: z.ZodType | undefined, where: 'query' | 'path') {
  if (!schema) return [];
  const json = toJsonSchema(schema);
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: property,
  }));
}

const ERROR_BODY = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string' }, message: { type: 'string' }, details: { type: 'object' } },
    },
  },
};

function toOperation(doc: RouteDoc | undefined) {
  if (!doc) return { summary: 'Not yet described.', responses: { 200: { description: 'OK' }, default: { $ref: '#/components/responses/Error' } } };
  const produces = doc.produces ?? ['application/json'];
  return {
    summary: doc.summary,
    tags: [doc.tag],
    parameters: [...toParameters(doc.params, 'path'), ...toParameters(doc.query, 'query')],
    ...(doc.body ? { requestBody: { required: true, content: { 'application/json': { schema: toJsonSchema(doc.body) } } } } : {}),
    responses: {
      200: { description: 'OK', content: Object.fromEntries(produces.map((m) => [m, {}])) },
      default: { $ref: '#/components/responses/Error' },
    },
  };
}

/** `/api/v1/incidents/:id` → `/api/v1/incidents/{id}`. */
export function toOpenApiPath(url: string): string {
  return url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/**
 * The OpenAPI 3.1 document of the JSON API: every /api route registered on the server, with the
 * parameters generated from the zod schemas the routes validate with, and the one error shape.
 */
export function buildOpenApi(routes: readonly CollectedRoute[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  const sorted = [...routes].filter((r) => r.url.startsWith('/api/') && r.method !== 'HEAD').sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : a.method < b.method ? -1 : 1));
  for (const route of sorted) {
    const path = toOpenApiPath(route.url);
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = toOperation(ROUTE_DOCS[`${route.method} ${path}`]);
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Parallax API', version, description: 'Incidents of force by law enforcement, every fact a claim with its speaker and source sentence. See docs/api.md.' },
    servers: [{ url: '/' }],
    paths,
    components: { responses: { Error: { description: 'The one error shape (docs/api.md).', content: { 'application/json': { schema: ERROR_BODY } } } } },
  };
}
