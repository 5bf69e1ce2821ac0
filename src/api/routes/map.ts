import type { FastifyInstance } from 'fastify';
import { buildUsMap } from '../../services/queries/buildUsMap.js';

/** The base map as SVG path data, drawn on the server from us-atlas: no tiles, no CDN. */
export function registerMapRoutes(app: FastifyInstance): void {
  app.get('/api/v1/map', async (_request, reply) => {
    const map = buildUsMap();
    reply.header('cache-control', 'public, max-age=86400');
    return { width: map.width, height: map.height, states: map.states.map((s) => ({ code: s.code, name: s.name, d: s.d })) };
  });
}
