import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openParallax, type Parallax } from '../../services/openParallax.js';
import { seedReviewStore } from '../../services/review/reviewFixtures.js';
import { createServer } from '../createServer.js';
import { EDITOR_HEADER } from '../resolveViewer.js';

const TOKEN = 'test-editor-token-0123456789';

describe('review routes', () => {
  let px: Parallax;
  let app: FastifyInstance;
  let ids: ReturnType<typeof seedReviewStore>;
  beforeEach(() => {
    px = openParallax(':memory:');
    ids = seedReviewStore(px.store);
    app = createServer({ queries: px.queries, readModel: px.readModel, review: px.review, editorToken: TOKEN });
  });
  afterEach(async () => {
    await app.close();
    px.close();
  });

  const asEditor = { [EDITOR_HEADER]: TOKEN };

  it('applies an editor\'s correction and shows it with its audit entry', async () => {
    const url = `/api/v1/incidents/${ids.shooting}/claims/${ids.towardClaim}/review`;
    const post = await app.inject({ method: 'POST', url, headers: asEditor, payload: { verdict: 'corrected', value: 'reversed' } });
    expect(post.statusCode).toBe(200);
    const seen = (await app.inject({ url: `/api/v1/incidents/${ids.shooting}/review` })).json();
    expect(seen.incident.claims.find((c: { id: string }) => c.id === ids.towardClaim).value).toBe('reversed');
    expect(seen.audit).toHaveLength(1);
    expect(seen.audit[0]).toMatchObject({ actor: 'local', action: 'correct_claim', before: 'toward officers' });
  });

  it('refuses changes from anonymous visitors and a wrong token, with the one error shape', async () => {
    const url = `/api/v1/incidents/${ids.shooting}/visibility`;
    for (const headers of [{}, { [EDITOR_HEADER]: 'wrong' }]) {
      const res = await app.inject({ method: 'POST', url, headers, payload: { visibility: 'private' } });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    }
    expect((await app.inject({ url: `/api/v1/incidents/${ids.shooting}/audit` })).json().items).toEqual([]);
  });

  it('hides a private field from anonymous visitors on every incident route', async () => {
    const res = await app.inject({ method: 'POST', url: `/api/v1/incidents/${ids.shooting}/visibility`, headers: asEditor, payload: { field: 'persons.0.name', visibility: 'private' } });
    expect(res.statusCode).toBe(200);
    for (const url of [`/api/v1/incidents/${ids.shooting}`, `/api/v1/incidents/${ids.shooting}/review`, '/api/v1/incidents', '/api/v1/search']) {
      expect((await app.inject({ url })).body).not.toContain('Jo Morrow');
      expect((await app.inject({ url, headers: asEditor })).body).toContain('Jo Morrow');
    }
  });

  it('the editor link sets an HttpOnly cookie that makes the browser the editor', async () => {
    const link = await app.inject({ url: `/editor/${TOKEN}` });
    expect(link.statusCode).toBe(302);
    const cookie = String(link.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    const viewer = await app.inject({ url: '/api/v1/viewer', headers: { cookie: cookie.split(';')[0] } });
    expect(viewer.json()).toMatchObject({ canEdit: true });
    expect((await app.inject({ url: '/api/v1/viewer' })).json()).toMatchObject({ canEdit: false });
    expect((await app.inject({ url: '/editor/nope' })).statusCode).toBe(403);
  });

  it('searches with facets in the query string and validates it', async () => {
    const res = await app.inject({ url: '/api/v1/search?state=TX&sort=date_asc' });
    expect(res.json().items.map((i: { id: string }) => i.id)).toEqual([ids.stop]);
    expect(res.json().facets.state.length).toBe(2);
    expect((await app.inject({ url: '/api/v1/search?sort=sideways' })).json().error.code).toBe('bad_argument');
    const speaker = await app.inject({ url: `/api/v1/speakers/${encodeURIComponent('Avery Quill')}` });
    expect(speaker.json().statements.map((s: { claimId: string }) => s.claimId)).toEqual([ids.towardClaim]);
    const map = (await app.inject({ url: '/api/v1/map' })).json();
    expect(map.states.some((s: { code: string }) => s.code === 'TX')).toBe(true);
  });
});
