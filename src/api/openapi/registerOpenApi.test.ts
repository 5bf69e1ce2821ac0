import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openParallax, type Parallax } from '../../services/openParallax.js';
import { createServer } from '../createServer.js';
import { ROUTE_DOCS } from './routeDocs.js';

describe('OpenAPI document and docs page', () => {
  let px: Parallax;
  let app: FastifyInstance;
  beforeEach(() => {
    px = openParallax(':memory:');
    app = createServer({ queries: px.queries, readModel: px.readModel, review: px.review });
  });
  afterEach(async () => {
    await app.close();
    px.close();
  });

  it('lists every /api route the server has, the described ones with their parameters', async () => {
    const res = await app.inject({ url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    const operations = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
    // Session routes exist only on a server with accounts (this one has none).
    for (const key of Object.keys(ROUTE_DOCS)) if (!key.includes('/session')) expect(operations).toContain(key);
    const undescribed = Object.entries(doc.paths as Record<string, Record<string, { summary: string }>>).flatMap(([path, methods]) =>
      Object.entries(methods).filter(([, op]) => /not yet described/i.test(op.summary)).map(([m]) => `${m.toUpperCase()} ${path}`),
    );
    expect(undescribed).toEqual([]);
    expect(operations).toContain('GET /api/v1/export.geojson');
    expect(operations.every((o) => / \/api\//.test(o))).toBe(true);
    const list = doc.paths['/api/v1/incidents'].get;
    expect(list.parameters.map((p: { name: string }) => p.name)).toEqual(['q', 'limit', 'offset']);
    expect(list.parameters.find((p: { name: string }) => p.name === 'limit').schema).toMatchObject({ maximum: 200 });
    expect(doc.paths['/api/v1/incidents/{id}'].get.parameters[0]).toMatchObject({ name: 'id', in: 'path', required: true });
    expect(doc.paths['/api/v1/export.csv'].get.responses['200'].content).toHaveProperty('text/csv');
    expect(doc.components.responses.Error.content['application/json'].schema.required).toEqual(['error']);
  });

  it('serves a docs page, without script, naming every operation', async () => {
    const res = await app.inject({ url: '/api/docs' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).not.toMatch(/<script/i);
    expect(res.body).toContain('GET /api/v1/export.claimreview');
    expect(res.body).toContain('/api/openapi.json');
  });
});
