import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAccounts, type Accounts } from '../../services/auth/openAccounts.js';
import { openParallax, type Parallax } from '../../services/openParallax.js';
import { seedReviewStore } from '../../services/review/reviewFixtures.js';
import { createServer } from '../createServer.js';

let dir = '';
let px: Parallax;
let accounts: Accounts;
let app: FastifyInstance;
let ids: ReturnType<typeof seedReviewStore>;
const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-accounts-server-'));
  const db = join(dir, 'p.db');
  px = openParallax(db);
  ids = seedReviewStore(px.store);
  accounts = openAccounts(db);
  await accounts.addUser('ed', 'editor', 'editor password 1');
  await accounts.addUser('vi', 'viewer', 'viewer password 1');
  app = createServer({ queries: px.queries, readModel: px.readModel, review: px.review, accounts, secureCookies: false });
});
afterAll(async () => {
  await app.close();
  accounts.close();
  px.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the server with accounts', () => {
  it('lets an editor token make a field private, shows it to accounts and never to anonymous readers', async () => {
    const editor = accounts.createToken('ed', 'script', ['read', 'write']).secret;
    const viewer = accounts.createToken('vi', 'script', ['read']).secret;
    const url = `/api/v1/incidents/${ids.shooting}/visibility`;
    expect((await app.inject({ method: 'POST', url, headers: bearer(viewer), payload: { field: 'persons.0.name', visibility: 'private' } })).statusCode).toBe(403);
    const res = await app.inject({ method: 'POST', url, headers: bearer(editor), payload: { field: 'persons.0.name', visibility: 'private' } });
    expect(res.statusCode).toBe(200);
    for (const path of [`/api/v1/incidents/${ids.shooting}`, `/api/v1/incidents/${ids.shooting}/review`, '/api/v1/incidents', '/api/v1/search']) {
      expect((await app.inject({ url: path })).body).not.toContain('Jo Morrow');
      expect((await app.inject({ url: path, headers: bearer(viewer) })).body).toContain('Jo Morrow');
    }
    const audit = (await app.inject({ url: `/api/v1/incidents/${ids.shooting}/audit`, headers: bearer(viewer) })).json();
    expect(audit.items.at(-1).actor).toBe('ed');
  });

  it('requires the CSRF token from a browser session before any change', async () => {
    const login = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { name: 'ed', password: 'editor password 1' } });
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const url = `/api/v1/incidents/${ids.shooting}/visibility`;
    const payload = { field: 'persons.0.name', visibility: 'published' };
    expect((await app.inject({ method: 'POST', url, headers: { cookie }, payload })).statusCode).toBe(403);
    const ok = await app.inject({ method: 'POST', url, headers: { cookie, 'x-csrf-token': login.json().csrfToken }, payload });
    expect(ok.statusCode).toBe(200);
    expect((await app.inject({ url: '/api/v1/viewer', headers: { cookie } })).json()).toMatchObject({ name: 'ed', canEdit: true });
  });
});
