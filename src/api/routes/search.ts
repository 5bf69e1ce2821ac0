import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ReadModel } from '../../services/queries/createReadModel.js';
import { FACETS, SORTS } from '../../services/queries/searchIncidents.js';
import { createJsonMemo } from '../createJsonMemo.js';
import { parseInput } from '../parseInput.js';
import type { ViewerResolver } from '../resolveViewer.js';
import { DEFAULT_LIMIT, MAX_LIMIT } from './incidents.js';

/** A facet arrives as `state=TX&state=NM` or `state=TX,NM`; values are short words. */
const facetValues = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean)))
  .pipe(z.array(z.string().max(120)).max(60));

export const SEARCH_QUERY = z.object({
  q: z.string().trim().max(500).optional().transform((q) => (q ? q : undefined)),
  tracker: z.string().max(80).optional().transform((t) => (t ? t : undefined)),
  sort: z.enum(SORTS).default('date_desc'),
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT),
  offset: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
  ...Object.fromEntries(FACETS.map((f) => [f, facetValues])),
});

export function registerSearchRoutes(app: FastifyInstance, readModel: ReadModel, viewerOf: ViewerResolver): void {
  const json = createJsonMemo();
  app.get('/api/v1/search', async (request, reply) => {
    const input = parseInput(SEARCH_QUERY, request.query, 'incident search') as z.output<typeof SEARCH_QUERY> & Record<string, string[]>;
    const filters = Object.fromEntries(FACETS.map((f) => [f, input[f]]));
    const result = readModel.searchIncidents({ q: input.q, tracker: input.tracker, sort: input.sort, limit: input.limit, offset: input.offset, filters }, viewerOf(request));
    // The read model's page is the same object (and so the same text) until the store changes.
    return reply.type('application/json; charset=utf-8').send(json(result, () => ({ ...result, limit: input.limit, offset: input.offset })));
  });
}
