import type { FastifyInstance } from 'fastify';
import { ParallaxError } from '../../lib/errors.js';
import type { Queries } from '../../services/queries.js';
import type { ReadModel } from '../../services/queries/createReadModel.js';
import type { ViewerResolver } from '../resolveViewer.js';
import { parseInput } from '../parseInput.js';
import { ID_PARAMS } from './idParam.js';

/** With a read model, the words of private fields are masked for viewers who may not see them. */
export function registerDocumentRoutes(app: FastifyInstance, queries: Queries, reviewed?: { readModel: ReadModel; viewerOf: ViewerResolver }): void {
  // Accepts a document id (latest version) or a version id (that exact text), because claim
  // offsets are only meaningful against the version they were read from.
  app.get('/api/v1/documents/:id', async (request) => {
    const { id } = parseInput(ID_PARAMS, request.params, 'document id');
    const document = reviewed ? reviewed.readModel.getDocument(id, reviewed.viewerOf(request)) : queries.getDocument(id);
    if (!document) throw new ParallaxError('not_found', `No document or version ${id}.`, { id });
    return document;
  });
}
