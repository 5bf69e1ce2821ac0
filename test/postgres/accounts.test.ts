import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createAuthTestApp } from '../../src/api/auth/authTestApp.js';
import { runCli } from '../../src/cli/testing/runCli.js';
import { describeAccounts } from '../../src/services/auth/describeAccounts.js';
import { openAccounts } from '../../src/services/auth/openAccounts.js';
import { useEmbeddedPostgres } from './useEmbeddedPostgres.js';

const server = useEmbeddedPostgres();

async function dumpAccountTables(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const parts: unknown[] = [];
    for (const table of ['users', 'api_tokens', 'sessions']) parts.push((await client.query(`SELECT * FROM ${table}`)).rows);
    return JSON.stringify(parts);
  } finally {
    await client.end();
  }
}

let url = '';
describeAccounts('PostgreSQL', {
  async open(now) {
    url = await server().createDatabase();
    return openAccounts(url, now);
  },
  readStoredText: () => dumpAccountTables(url),
});


describe('accounts on PostgreSQL through the CLI and the session routes', () => {
  it('user add, token create and the bind-address rule work as on SQLite; an editor signs in', async () => {
    const env = { DATABASE_URL: await server().createDatabase() };
    const refused = await runCli(['serve', '--host', '0.0.0.0', '--port', '0'], env);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/admin account/);

    expect((await runCli(['user', 'add', 'ana', '--role', 'admin', '--json'], { ...env, PARALLAX_PASSWORD: 'an admin password' })).code).toBe(0);
    expect((await runCli(['user', 'add', 'ed', '--role', 'editor'], { ...env, PARALLAX_PASSWORD: 'an editor password' })).code).toBe(0);
    const list = await runCli(['user', 'list', '--json'], env);
    expect(JSON.parse(list.stdout).map((u: { name: string; role: string }) => [u.name, u.role])).toEqual([['ana', 'admin'], ['ed', 'editor']]);
    const token = await runCli(['token', 'create', 'ed', '--scopes', 'read,write', '--json'], env);
    const { id, secret } = JSON.parse(token.stdout) as { id: string; secret: string };

    const accounts = openAccounts(env.DATABASE_URL);
    try {
      expect(accounts.countAdmins()).toBe(1);
      expect(accounts.viewerForToken(secret)?.name).toBe('ed');
      const app = createAuthTestApp(accounts);
      const login = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { name: 'ed', password: 'an editor password' } });
      expect(login.statusCode).toBe(200);
      const cookie = String(login.headers['set-cookie']).split(';')[0]!;
      const change = await app.inject({ method: 'POST', url: '/probe', headers: { cookie, 'x-csrf-token': login.json().csrfToken } });
      expect(change.json()).toEqual({ changedBy: 'ed' });
      expect((await app.inject({ method: 'DELETE', url: '/api/v1/session', headers: { cookie, 'x-csrf-token': login.json().csrfToken } })).statusCode).toBe(200);
      expect((await app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } })).json().viewer).toBeNull();
    } finally {
      accounts.close();
    }
    expect((await runCli(['token', 'revoke', id], env)).code).toBe(0);
    expect((await runCli(['token', 'revoke', id], env)).code).not.toBe(0);
    expect((await runCli(['user', 'remove', 'ed'], env)).code).toBe(0);
  }, 120_000);
});

describe('migrate-db carries accounts to PostgreSQL', () => {
  it('a user signs in with the same password and a token still works after the copy', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-pg-accounts-'));
    try {
      const file = join(dir, 'p.db');
      const source = openAccounts(file);
      await source.addUser('ed', 'editor', 'an editor password');
      const { secret } = source.createToken('ed', 'script', ['read']);
      source.close();
      const url = await server().createDatabase();
      const copied = await runCli(['migrate-db', '--from', file, '--to', url, '--json'], {});
      expect(copied.code, copied.stderr).toBe(0);
      expect(JSON.parse(copied.stdout).accounts).toEqual({ users: 1, tokens: 1, skipped: [] });
      const accounts = openAccounts(url);
      try {
        expect((await accounts.verifyLogin('ed', 'an editor password'))?.role).toBe('editor');
        expect(accounts.viewerForToken(secret)?.name).toBe('ed');
      } finally {
        accounts.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
