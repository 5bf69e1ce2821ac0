import type { FastifyInstance } from 'fastify';
import { buildOpenApi, type CollectedRoute } from './buildOpenApi.js';
import { renderApiDocs } from './renderApiDocs.js';

export const API_VERSION = '1';

/**
 * Serves `/api/openapi.json` and the docs page `/api/docs`, built from the routes registered on
 * the server. Call it before any route is registered: it learns them as they are added.
 */
export function registerOpenApi(app: FastifyInstance): void {
  const routes: CollectedRoute[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method, url: route.url });
  });
  let cached: ReturnType<typeof buildOpenApi> | null = null;
  const document = () => (cached ??= buildOpenApi(routes, API_VERSION));
  app.get('/api/openapi.json', async () => document());
  app.get('/api/docs', async (_request, reply) => reply.type('text/html; charset=utf-8').send(renderApiDocs(document())));
}
