import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAccounts, type Accounts } from '../../services/auth/openAccounts.js';
import { createAuthTestApp } from './authTestApp.js';

let dir = '';
let accounts: Accounts;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-auth-api-'));
  accounts = openAccounts(join(dir, 'p.db'));
  await accounts.addUser('ed', 'editor', 'editor password 1');
  await accounts.addUser('vi', 'viewer', 'viewer password 1');
});
afterAll(() => {
  accounts.close();
  rmSync(dir, { recursive: true, force: true });
});

async function login(app: ReturnType<typeof createAuthTestApp>, name: string, password: string) {
  const res = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { name, password } });
  const cookie = String(res.headers['set-cookie'] ?? '').split(';')[0]!;
  return { res, cookie, csrf: res.statusCode === 200 ? (res.json().csrfToken as string) : '' };
}

describe('session routes and the account viewer', () => {
  it('logs in with an http-only strict cookie and answers who is there', async () => {
    const app = createAuthTestApp(accounts);
    const { res, cookie } = await login(app, 'ed', 'editor password 1');
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    const me = await app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } });
    expect(me.json().viewer).toEqual({ name: 'ed', role: 'editor' });
    expect((await app.inject({ method: 'GET', url: '/api/v1/session' })).json().viewer).toBeNull();
  });

  it('refuses a wrong password with the one error shape, the same for an unknown name', async () => {
    const app = createAuthTestApp(accounts);
    const wrong = await login(app, 'ed', 'not the password');
    const unknown = await login(app, 'nobody', 'not the password');
    expect(wrong.res.statusCode).toBe(401);
    expect(unknown.res.json()).toEqual(wrong.res.json());
    expect(wrong.res.headers['set-cookie']).toBeUndefined();
  });

  it('requires the CSRF token for changes made with a session cookie', async () => {
    const app = createAuthTestApp(accounts);
    const { cookie, csrf } = await login(app, 'ed', 'editor password 1');
    const without = await app.inject({ method: 'POST', url: '/probe', headers: { cookie } });
    expect(without.statusCode).toBe(403);
    const forged = await app.inject({ method: 'POST', url: '/probe', headers: { cookie, 'x-csrf-token': 'x'.repeat(csrf.length) } });
    expect(forged.statusCode).toBe(403);
    const ok = await app.inject({ method: 'POST', url: '/probe', headers: { cookie, 'x-csrf-token': csrf } });
    expect(ok.json()).toEqual({ changedBy: 'ed' });
    const out = await app.inject({ method: 'DELETE', url: '/api/v1/session', headers: { cookie, 'x-csrf-token': csrf } });
    expect(out.statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/probe', headers: { cookie } })).json().canSeePrivate).toBe(false);
  });

  it('gives roles their rights: a viewer sees private material but cannot change anything', async () => {
    const app = createAuthTestApp(accounts);
    const { cookie, csrf } = await login(app, 'vi', 'viewer password 1');
    expect((await app.inject({ method: 'GET', url: '/probe', headers: { cookie } })).json()).toMatchObject({ canSeePrivate: true, canEdit: false });
    expect((await app.inject({ method: 'POST', url: '/probe', headers: { cookie, 'x-csrf-token': csrf } })).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/probe' })).json()).toMatchObject({ canSeePrivate: false, canEdit: false });
  });

  it('accepts scoped tokens, refuses revoked and forged ones with 401', async () => {
    const app = createAuthTestApp(accounts);
    const reader = accounts.createToken('ed', 'reader', ['read']);
    const writer = accounts.createToken('ed', 'writer', ['read', 'write']);
    const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });
    expect((await app.inject({ method: 'POST', url: '/probe', headers: bearer(writer.secret) })).json()).toEqual({ changedBy: 'ed' });
    expect((await app.inject({ method: 'POST', url: '/probe', headers: bearer(reader.secret) })).statusCode).toBe(403);
    accounts.revokeToken(writer.id);
    expect((await app.inject({ method: 'POST', url: '/probe', headers: bearer(writer.secret) })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/probe', headers: bearer('pxt_forged') })).statusCode).toBe(401);
  });

  it('rate-limits login attempts and changes, never reads', async () => {
    const app = createAuthTestApp(accounts, { login: 3, writes: 5 });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await login(app, 'ed', 'wrong password!')).res.statusCode);
    expect(codes.slice(0, 3)).toEqual([401, 401, 401]);
    expect(codes.slice(3)).toEqual([429, 429]);
    const limited = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { name: 'ed', password: 'editor password 1' } });
    expect(limited.json().error.code).toBe('too_many_requests');
    const writes: number[] = [];
    for (let i = 0; i < 7; i++) writes.push((await app.inject({ method: 'POST', url: '/probe' })).statusCode);
    expect(writes.filter((c) => c === 429)).toHaveLength(2);
    for (let i = 0; i < 20; i++) expect((await app.inject({ method: 'GET', url: '/probe' })).statusCode).toBe(200);
  });
});
