import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ParallaxError } from '../lib/errors.js';
import type { Queries } from '../services/queries.js';
import { createServer } from './createServer.js';
import { makeFakeQueries } from './testing/sampleData.js';

/** Every error body has exactly this shape; clients and the UI rely on it. */
function expectErrorShape(body: unknown, code: string): void {
  expect(Object.keys(body as object)).toEqual(['error']);
  const error = (body as { error: Record<string, unknown> }).error;
  expect(error.code).toBe(code);
  expect(typeof error.message).toBe('string');
  expect((error.message as string).length).toBeGreaterThan(0);
  for (const key of Object.keys(error)) expect(['code', 'message', 'details']).toContain(key);
}

function queriesThatThrow(err: unknown): Queries {
  const fail = () => {
    throw err;
  };
  return { listIncidents: fail, getIncident: fail, getDocument: fail };
}

describe('the one error shape', () => {
  let app: FastifyInstance;
  afterEach(() => app.close());

  it('400 bad_argument carries the zod issues in details', async () => {
    app = createServer({ queries: makeFakeQueries().queries });
    const res = await app.inject({ method: 'GET', url: '/api/v1/incidents?limit=9999' });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expectErrorShape(body, 'bad_argument');
    expect(body.error.details.issues[0]).toMatchObject({ path: 'limit' });
    expect(typeof body.error.details.issues[0].message).toBe('string');
  });

  it('404 not_found for an unknown object', async () => {
    app = createServer({ queries: makeFakeQueries().queries });
    const res = await app.inject({ method: 'GET', url: '/api/v1/documents/doc_unknown' });
    expect(res.statusCode).toBe(404);
    expectErrorShape(res.json(), 'not_found');
  });

  it('404 not_found for an unknown route, API or not', async () => {
    app = createServer({ queries: makeFakeQueries().queries });
    for (const url of ['/api/v1/nothing-here', '/api/v2/incidents', '/no-such-page.html']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(404);
      expectErrorShape(res.json(), 'not_found');
    }
    const post = await app.inject({ method: 'POST', url: '/api/v1/incidents', payload: {} });
    expect(post.statusCode).toBe(404);
    expectErrorShape(post.json(), 'not_found');
  });

  it('500 internal for an unknown error, with no internals leaked', async () => {
    const secret = new Error('SQLITE_CORRUPT at /srv/secret/path.db');
    app = createServer({ queries: queriesThatThrow(secret) });
    const res = await app.inject({ method: 'GET', url: '/api/v1/incidents/inc_x' });
    expect(res.statusCode).toBe(500);
    const body = res.json();
    expectErrorShape(body, 'internal');
    expect(body.error.details).toBeUndefined();
    expect(res.body).not.toContain('SQLITE');
    expect(res.body).not.toContain('/srv/secret');
  });

  it('a ParallaxError without an HTTP meaning is a 500 with its own code', async () => {
    app = createServer({ queries: queriesThatThrow(new ParallaxError('database_error', 'The database is busy.')) });
    const res = await app.inject({ method: 'GET', url: '/api/v1/documents/doc_x' });
    expect(res.statusCode).toBe(500);
    expectErrorShape(res.json(), 'database_error');
  });
});
