import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ParallaxError } from '../../lib/errors.js';
import type { Queries } from '../../services/queries.js';
import type { ReadModel } from '../../services/queries/createReadModel.js';
import type { ViewerResolver } from '../resolveViewer.js';
import { createJsonMemo } from '../createJsonMemo.js';
import { parseInput } from '../parseInput.js';
import { presentIncidentList } from '../presentIncidentList.js';
import { ID_PARAMS } from './idParam.js';

export const MAX_LIMIT = 200;
export const DEFAULT_LIMIT = 50;

/** Query strings arrive as strings; an empty `q` means no search, an empty limit is an error. */
export const LIST_QUERY = z.object({
  q: z.string().trim().max(500).optional().transform((q) => (q ? q : undefined)),
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT),
  offset: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
});

/**
 * The export-contract routes. With a read model they answer as the viewer may see: private
 * incidents and fields are absent for anonymous visitors and reviewers' corrections apply.
 */
export function registerIncidentRoutes(app: FastifyInstance, queries: Queries, reviewed?: { readModel: ReadModel; viewerOf: ViewerResolver }): void {
  const json = createJsonMemo();
  app.get('/api/v1/incidents', async (request, reply) => {
    const input = parseInput(LIST_QUERY, request.query, 'incident list query');
    const list = reviewed ? reviewed.readModel.searchIncidents(input, reviewed.viewerOf(request)) : queries.listIncidents(input);
    // The read model's page is the same object (and so the same text) until the store changes.
    return reply.type('application/json; charset=utf-8').send(json(list, () => presentIncidentList(list, input)));
  });

  app.get('/api/v1/incidents/:id', async (request) => {
    const { id } = parseInput(ID_PARAMS, request.params, 'incident id');
    const incident = reviewed ? (reviewed.readModel.getIncident(id, reviewed.viewerOf(request))?.incident ?? null) : queries.getIncident(id);
    if (!incident) throw new ParallaxError('not_found', `No incident ${id}.`, { id });
    return incident;
  });
}
