import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createServer } from '../createServer.js';
import { makeFakeQueries } from '../testing/sampleData.js';

describe('GET /api/v1/health', () => {
  let app: FastifyInstance;
  afterEach(() => app.close());

  it('answers ok as JSON with the security headers', async () => {
    app = createServer({ queries: makeFakeQueries().queries });
    const res = await app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});
