import type { FastifyInstance } from 'fastify';
import { ParallaxError } from '../../lib/errors.js';
import type { Queries } from '../../services/queries.js';
import { parseInput } from '../parseInput.js';
import { ID_PARAMS } from './idParam.js';

export function registerDocumentRoutes(app: FastifyInstance, queries: Queries): void {
  // Accepts a document id (latest version) or a version id (that exact text), because claim
  // offsets are only meaningful against the version they were read from.
  app.get('/api/v1/documents/:id', async (request) => {
    const { id } = parseInput(ID_PARAMS, request.params, 'document id');
    const document = queries.getDocument(id);
    if (!document) throw new ParallaxError('not_found', `No document or version ${id}.`, { id });
    return document;
  });
}
