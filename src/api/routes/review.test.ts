import { describe, expect, it } from 'vitest';
import { EDITOR_HEADER } from '../resolveViewer.js';
import { AS_EDITOR, EDITOR_TOKEN, useReviewServer } from '../testing/useReviewServer.js';

describe('review routes', () => {
  const server = useReviewServer();


  it('applies an editor\'s correction and shows it with its audit entry', async () => {
    const url = `/api/v1/incidents/${server.ids.shooting}/claims/${server.ids.towardClaim}/review`;
    const post = await server.app.inject({ method: 'POST', url, headers: AS_EDITOR, payload: { verdict: 'corrected', value: 'reversed' } });
    expect(post.statusCode).toBe(200);
    const seen = (await server.app.inject({ url: `/api/v1/incidents/${server.ids.shooting}/review` })).json();
    expect(seen.incident.claims.find((c: { id: string }) => c.id === server.ids.towardClaim).value).toBe('reversed');
    expect(seen.audit).toHaveLength(1);
    expect(seen.audit[0]).toMatchObject({ actor: 'local', action: 'correct_claim', before: 'toward officers' });
  });

  it('refuses changes from anonymous visitors and a wrong token, with the one error shape', async () => {
    const url = `/api/v1/incidents/${server.ids.shooting}/visibility`;
    for (const headers of [{}, { [EDITOR_HEADER]: 'wrong' }]) {
      const res = await server.app.inject({ method: 'POST', url, headers, payload: { visibility: 'private' } });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    }
    expect((await server.app.inject({ url: `/api/v1/incidents/${server.ids.shooting}/audit` })).json().items).toEqual([]);
  });

  it('hides a private field from anonymous visitors on every incident route', async () => {
    const res = await server.app.inject({ method: 'POST', url: `/api/v1/incidents/${server.ids.shooting}/visibility`, headers: AS_EDITOR, payload: { field: 'persons.0.name', visibility: 'private' } });
    expect(res.statusCode).toBe(200);
    for (const url of [`/api/v1/incidents/${server.ids.shooting}`, `/api/v1/incidents/${server.ids.shooting}/review`, '/api/v1/incidents', '/api/v1/search']) {
      expect((await server.app.inject({ url })).body).not.toContain('Jo Morrow');
      expect((await server.app.inject({ url, headers: AS_EDITOR })).body).toContain('Jo Morrow');
    }
  });

  it('the editor link sets an HttpOnly cookie that makes the browser the editor', async () => {
    const link = await server.app.inject({ url: `/editor/${EDITOR_TOKEN}` });
    expect(link.statusCode).toBe(302);
    const cookie = String(link.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    const viewer = await server.app.inject({ url: '/api/v1/viewer', headers: { cookie: cookie.split(';')[0] } });
    expect(viewer.json()).toMatchObject({ canEdit: true });
    expect((await server.app.inject({ url: '/api/v1/viewer' })).json()).toMatchObject({ canEdit: false });
    expect((await server.app.inject({ url: '/editor/nope' })).statusCode).toBe(403);
  });

  it('searches with facets in the query string and validates it', async () => {
    const res = await server.app.inject({ url: '/api/v1/search?state=TX&sort=date_asc' });
    expect(res.json().items.map((i: { id: string }) => i.id)).toEqual([server.ids.stop]);
    expect(res.json().facets.state.length).toBe(2);
    expect((await server.app.inject({ url: '/api/v1/search?sort=sideways' })).json().error.code).toBe('bad_argument');
    const speaker = await server.app.inject({ url: `/api/v1/speakers/${encodeURIComponent('Avery Quill')}` });
    expect(speaker.json().statements.map((s: { claimId: string }) => s.claimId)).toEqual([server.ids.towardClaim]);
    const map = (await server.app.inject({ url: '/api/v1/map' })).json();
    expect(map.states.some((s: { code: string }) => s.code === 'TX')).toBe(true);
  });
});
