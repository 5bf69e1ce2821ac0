import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createServer } from '../createServer.js';
import { makeFakeQueries, SAMPLE_DOCUMENT } from '../testing/sampleData.js';

describe('GET /api/v1/documents/:id', () => {
  let app: FastifyInstance;
  afterEach(() => app.close());

  it.each([SAMPLE_DOCUMENT.id, SAMPLE_DOCUMENT.versionId])('finds the document by %s', async (id) => {
    app = createServer({ queries: makeFakeQueries().queries });
    const res = await app.inject({ method: 'GET', url: `/api/v1/documents/${id}` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.versionId).toBe(SAMPLE_DOCUMENT.versionId);
    expect(body.text).toBe(SAMPLE_DOCUMENT.text);
    // Offsets must survive serialisation: every span still slices the text it names.
    for (const att of body.attributions) {
      expect(body.text.slice(att.content.start, att.content.end)).toBe(att.content.text);
    }
  });

  it('answers 404 not_found for an unknown id', async () => {
    app = createServer({ queries: makeFakeQueries().queries });
    const res = await app.inject({ method: 'GET', url: '/api/v1/documents/ver_missing' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });
});
