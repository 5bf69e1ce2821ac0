import { describe, expect, it } from 'vitest';
import { ApiError, fetchJson, postJson, readSession, signIn, signOut } from './api.js';

function answering(status: number, body: unknown) {
  return async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('fetchJson', () => {
  it('returns the body of a 2xx answer', async () => {
    await expect(fetchJson('/x', { fetchImpl: answering(200, { ok: true }) })).resolves.toEqual({ ok: true });
  });

  it('turns the error shape into an ApiError with code and status', async () => {
    const err = await fetchJson('/x', { fetchImpl: answering(404, { error: { code: 'not_found', message: 'No incident x.' } }) }).catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect([err.status, err.code, err.message]).toEqual([404, 'not_found', 'No incident x.']);
  });

  it('reports an unreachable server as a network error', async () => {
    const failing = async () => {
      throw new TypeError('fetch failed');
    };
    const err = await fetchJson('/x', { fetchImpl: failing }).catch((e) => e);
    expect(err.code).toBe('network');
  });
});

describe('postJson', () => {
  it('echoes a signed-in session’s CSRF token on changes, asking the session once', async () => {
    const { vi } = await import('vitest');
    vi.resetModules();
    const { postJson } = await import('./api.js');
    const seen: { path: string; headers: Record<string, string> }[] = [];
    const fetchImpl = async (path: string, init?: { headers?: Record<string, string> }) => {
      seen.push({ path, headers: init?.headers ?? {} });
      const body = path === '/api/v1/session' ? { viewer: { name: 'ed', role: 'editor' }, csrfToken: 'tok123' } : { ok: true };
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    };
    await postJson('/api/v1/incidents/merge', { ids: ['a', 'b'] }, { fetchImpl });
    await postJson('/api/v1/incidents/merge', { ids: ['a', 'b'] }, { fetchImpl });
    expect(seen.filter((s) => s.path === '/api/v1/session')).toHaveLength(1);
    const writes = seen.filter((s) => s.path !== '/api/v1/session');
    expect(writes.map((w) => w.headers['x-csrf-token'])).toEqual(['tok123', 'tok123']);
  });
});

describe('readSession, signIn, signOut', () => {
  /** A fake server holding one session; records every request's method, path and CSRF header. */
  function fakeServer(withAccounts: boolean) {
    const seen: { method: string; path: string; csrf: string | undefined }[] = [];
    let signedIn = false;
    const fetchImpl = async (path: string, init: { method?: string; headers?: Record<string, string> } = {}) => {
      const method = init.method ?? 'GET';
      seen.push({ method, path, csrf: init.headers?.['x-csrf-token'] });
      if (path !== '/api/v1/session') return answering(200, { ok: true })();
      if (!withAccounts) return answering(404, { error: { code: 'not_found', message: 'Route not found.' } })();
      if (method === 'POST') {
        signedIn = true;
        return answering(200, { name: 'ed', role: 'editor', csrfToken: 'fresh-token' })();
      }
      if (method === 'DELETE') {
        signedIn = false;
        return answering(200, { viewer: null })();
      }
      return answering(200, signedIn ? { viewer: { name: 'ed', role: 'editor' }, csrfToken: 'fresh-token' } : { viewer: null })();
    };
    return { seen, fetchImpl: fetchImpl as unknown as typeof fetch };
  }

  it('says sign-in is unavailable when the server has no accounts', async () => {
    const server = fakeServer(false);
    expect(await readSession({ fetchImpl: server.fetchImpl })).toEqual({ available: false, viewer: null, csrfToken: null });
  });

  it('signs in, sends the new CSRF token on changes and on sign-out, then forgets it', async () => {
    const server = fakeServer(true);
    expect((await readSession({ fetchImpl: server.fetchImpl })).viewer).toBeNull();
    expect(await signIn('ed', 'pw', { fetchImpl: server.fetchImpl })).toEqual({ name: 'ed', role: 'editor' });
    expect((await readSession({ fetchImpl: server.fetchImpl })).viewer).toEqual({ name: 'ed', role: 'editor' });
    await postJson('/api/v1/x', {}, { fetchImpl: server.fetchImpl });
    await signOut({ fetchImpl: server.fetchImpl });
    await postJson('/api/v1/x', {}, { fetchImpl: server.fetchImpl });
    const writes = server.seen.filter((r) => r.method !== 'GET');
    expect(writes.map((w) => [w.method, w.csrf])).toEqual([
      ['POST', undefined],
      ['POST', 'fresh-token'],
      ['DELETE', 'fresh-token'],
      ['POST', undefined],
    ]);
  });

  it('turns a refused sign-in into an ApiError with the server’s code', async () => {
    const refusing = answering(401, { error: { code: 'unauthorized', message: 'Unknown user name or wrong password.' } });
    const err = await signIn('ed', 'wrong', { fetchImpl: refusing as unknown as typeof fetch }).catch((e) => e);
    expect([err.status, err.code]).toEqual([401, 'unauthorized']);
  });
});
