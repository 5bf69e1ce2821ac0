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
