import { describe, expect, it } from 'vitest';
import { ApiError, fetchJson } from './api.js';

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
