import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { ExportedIncident } from '../../domain/exportContract.js';
import { createServer } from '../createServer.js';
import { makeFakeQueries, SAMPLE_INCIDENT } from '../testing/sampleData.js';
import { DEFAULT_LIMIT, MAX_LIMIT } from './incidents.js';

function manyIncidents(n: number): ExportedIncident[] {
  return Array.from({ length: n }, (_, i) => ({ ...SAMPLE_INCIDENT, id: `inc_${i}`, city: i % 2 ? 'Riverton' : 'Lakeview' }));
}

describe('incident routes', () => {
  let app: FastifyInstance;
  afterEach(() => app.close());

  it('lists with default paging and echoes it', async () => {
    const fake = makeFakeQueries(manyIncidents(60));
    app = createServer({ queries: fake.queries });
    const res = await app.inject({ method: 'GET', url: '/api/v1/incidents' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(60);
    expect(body.limit).toBe(DEFAULT_LIMIT);
    expect(body.offset).toBe(0);
    expect(body.items).toHaveLength(DEFAULT_LIMIT);
    expect(fake.calls.listIncidents).toEqual([{ q: undefined, limit: DEFAULT_LIMIT, offset: 0 }]);
  });

  it('passes q, limit and offset to the queries', async () => {
    const fake = makeFakeQueries(manyIncidents(10));
    app = createServer({ queries: fake.queries });
    const res = await app.inject({ method: 'GET', url: '/api/v1/incidents?q=%20riverton%20&limit=2&offset=1' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(fake.calls.listIncidents[0]).toEqual({ q: 'riverton', limit: 2, offset: 1 });
    expect(body.total).toBe(5);
    expect(body.items.map((i: { city: string }) => i.city)).toEqual(['Riverton', 'Riverton']);
    expect(body.items[0].id).toBe('inc_3');
  });

  it('treats an empty q as no search', async () => {
    const fake = makeFakeQueries(manyIncidents(3));
    app = createServer({ queries: fake.queries });
    const res = await app.inject({ method: 'GET', url: '/api/v1/incidents?q=' });
    expect(res.json().total).toBe(3);
    expect(fake.calls.listIncidents[0].q).toBeUndefined();
  });

  it.each(['limit=0', `limit=${MAX_LIMIT + 1}`, 'limit=abc', 'limit=1.5', 'limit=', 'offset=-1', 'limit=1&limit=2'])(
    'rejects %s with bad_argument naming the field',
    async (query) => {
      const fake = makeFakeQueries();
      app = createServer({ queries: fake.queries });
      const res = await app.inject({ method: 'GET', url: `/api/v1/incidents?${query}` });
      expect(res.statusCode).toBe(400);
      const body = res.json();
      expect(body.error.code).toBe('bad_argument');
      const field = query.split('=')[0];
      expect(body.error.details.issues.map((i: { path: string }) => i.path)).toContain(field);
      expect(fake.calls.listIncidents).toHaveLength(0);
    },
  );

  it('accepts the limit bounds', async () => {
    app = createServer({ queries: makeFakeQueries(manyIncidents(3)).queries });
    for (const limit of [1, MAX_LIMIT]) {
      const res = await app.inject({ method: 'GET', url: `/api/v1/incidents?limit=${limit}` });
      expect(res.statusCode).toBe(200);
      expect(res.json().items.length).toBe(Math.min(limit, 3));
    }
  });

  it('returns one incident as exported', async () => {
    app = createServer({ queries: makeFakeQueries().queries });
    const res = await app.inject({ method: 'GET', url: `/api/v1/incidents/${SAMPLE_INCIDENT.id}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(JSON.parse(JSON.stringify(SAMPLE_INCIDENT)));
  });

  it('answers 404 not_found for an unknown incident', async () => {
    app = createServer({ queries: makeFakeQueries().queries });
    const res = await app.inject({ method: 'GET', url: '/api/v1/incidents/inc_nope' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: 'not_found', details: { id: 'inc_nope' } });
  });

  it('rejects an id that cannot be ours before asking the queries', async () => {
    app = createServer({ queries: makeFakeQueries().queries });
    const res = await app.inject({ method: 'GET', url: '/api/v1/incidents/inc%20%3Cx%3E' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('bad_argument');
  });
});
