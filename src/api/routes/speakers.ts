import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ReadModel } from '../../services/queries/createReadModel.js';
import { parseInput } from '../parseInput.js';
import type { ViewerResolver } from '../resolveViewer.js';

export const NAME_PARAMS = z.object({ name: z.string().trim().min(1).max(200) });

export function registerSpeakerRoutes(app: FastifyInstance, readModel: ReadModel, viewerOf: ViewerResolver): void {
  app.get('/api/v1/speakers/:name', async (request) => {
    const { name } = parseInput(NAME_PARAMS, request.params, 'speaker name');
    return readModel.getSpeaker(name, viewerOf(request));
  });
}
