import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { createServer } from '../createServer.js';
import { AS_EDITOR, useReviewServer } from '../testing/useReviewServer.js';
import { makeFakeQueries, SAMPLE_INCIDENT } from '../testing/sampleData.js';

describe('GET /api/v1/export.*', () => {
  let app: FastifyInstance;
  afterEach(() => app.close());
  const other = { ...SAMPLE_INCIDENT, id: 'inc_bbbb', city: 'Marshfield', claims: [] };

  it('exports the filtered list as CSV, the filter passed through untouched', async () => {
    const { queries, calls } = makeFakeQueries([SAMPLE_INCIDENT, other]);
    app = createServer({ queries });
    const res = await app.inject({ method: 'GET', url: '/api/v1/export.csv?q=marshfield' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toContain('parallax-incidents.csv');
    expect((parse(res.body, { columns: true }) as { id: string }[]).map((r) => r.id)).toEqual(['inc_bbbb']);
    expect(calls.listIncidents.every((c) => c.q === 'marshfield')).toBe(true);
  });

  it('exports claims, GeoJSON and ClaimReview with their own media types', async () => {
    app = createServer({ queries: makeFakeQueries([SAMPLE_INCIDENT, other]).queries });
    const claims = await app.inject({ method: 'GET', url: '/api/v1/export.json?claims=true' });
    expect(claims.json().claims.map((c: { id: string }) => c.id)).toEqual(SAMPLE_INCIDENT.claims.map((c) => c.id));
    const geo = await app.inject({ method: 'GET', url: '/api/v1/export.geojson' });
    expect(geo.headers['content-type']).toMatch(/^application\/geo\+json/);
    expect(geo.json().features).toHaveLength(2);
    const reviews = await app.inject({ method: 'GET', url: '/api/v1/export.claimreview' });
    expect(reviews.headers['content-type']).toMatch(/^application\/ld\+json/);
    expect(reviews.json()['@context']).toBe('https://schema.org');
  });

  it('answers a bad request with the one error shape', async () => {
    app = createServer({ queries: makeFakeQueries().queries });
    const res = await app.inject({ method: 'GET', url: '/api/v1/export.geojson?claims=true' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('bad_argument');
    const typo = await app.inject({ method: 'GET', url: '/api/v1/export.csv?claims=maybe' });
    expect(typo.json().error.details.issues[0].path).toBe('claims');
  });
});

describe('GET /api/v1/export.* over the read model', () => {
  const server = useReviewServer();

  it('exports exactly the incidents the filtered search lists, facets included', async () => {
    for (const query of ['state=TX', 'force=firearm', 'state=IL,TX&sort=date_asc', 'q=warehouse']) {
      const listed = (await server.app.inject({ url: `/api/v1/search?${query}` })).json().items.map((i: { id: string }) => i.id);
      const exported = (await server.app.inject({ url: `/api/v1/export.json?${query}` })).json().incidents.map((i: { id: string }) => i.id);
      expect(exported).toEqual(listed);
      expect(exported.length).toBeGreaterThan(0);
    }
  });

  it('never exports a private field to an anonymous visitor', async () => {
    const payload = { field: 'persons.0.name', visibility: 'private' };
    const res = await server.app.inject({ method: 'POST', url: `/api/v1/incidents/${server.ids.shooting}/visibility`, headers: AS_EDITOR, payload });
    expect(res.statusCode).toBe(200);
    for (const format of ['csv', 'json', 'geojson']) {
      expect((await server.app.inject({ url: `/api/v1/export.${format}` })).body).not.toContain('Jo Morrow');
      expect((await server.app.inject({ url: `/api/v1/export.${format}`, headers: AS_EDITOR })).body).toContain('Jo Morrow');
    }
  });
});
