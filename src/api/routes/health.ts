import type { FastifyInstance } from 'fastify';

/** Liveness only: answers without touching the store, so a slow query never fails a probe. */
export function registerHealthRoutes(app: FastifyInstance): void {
  app.get('/api/v1/health', async () => ({ ok: true }));
}
