import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isParallaxError } from '../../lib/errors.js';
import { hasRole } from './accountRoles.js';
import { checkBindAddress } from './checkBindAddress.js';
import { hashPassword, verifyPassword } from './hashPassword.js';
import { openAccounts, type Accounts } from './openAccounts.js';

let dir = '';
let accounts: Accounts;
let clock = new Date('2026-01-01T00:00:00Z');
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-accounts-'));
  accounts = openAccounts(join(dir, 'p.db'), () => clock);
});
afterEach(() => {
  accounts.close();
  rmSync(dir, { recursive: true, force: true });
});

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (err) {
    return isParallaxError(err) ? err.code : String(err);
  }
}

describe('passwords', () => {
  it('hashes with scrypt and a salt, verifies only the right password', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).toMatch(/^scrypt\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
    expect(await verifyPassword('anything at all', 'garbage')).toBe(false);
    await expect(hashPassword('short')).rejects.toThrow(/at least/);
  });
});

describe('openAccounts', () => {
  it('adds, lists and removes users; roles are checked; no secret is stored in clear', async () => {
    await accounts.addUser('ana', 'admin', 'a long admin password');
    await accounts.addUser('ed', 'editor', 'a long editor password');
    expect(accounts.listUsers().map((u) => [u.name, u.role])).toEqual([['ana', 'admin'], ['ed', 'editor']]);
    expect(accounts.countAdmins()).toBe(1);
    await expect(accounts.addUser('x', 'owner', 'a long password here')).rejects.toThrow(/Role/);
    await expect(accounts.addUser('ana', 'viewer', 'a long password here')).rejects.toThrow(/exists/);
    const { secret } = accounts.createToken('ed', 'script', ['read']);
    const raw = readFileSync(join(dir, 'p.db')).toString('latin1') + readFileSync(join(dir, 'p.db-wal')).toString('latin1');
    expect(raw).not.toContain('a long editor password');
    expect(raw).not.toContain(secret);
    accounts.removeUser('ed');
    expect(accounts.viewerForToken(secret)).toBeNull();
    expect(codeOf(() => accounts.removeUser('ed'))).toBe('not_found');
  });

  it('verifies logins without telling unknown names from wrong passwords', async () => {
    await accounts.addUser('vi', 'viewer', 'viewer password 1');
    expect((await accounts.verifyLogin('vi', 'viewer password 1'))?.role).toBe('viewer');
    expect(await accounts.verifyLogin('vi', 'wrong password 1')).toBeNull();
    expect(await accounts.verifyLogin('nobody', 'viewer password 1')).toBeNull();
  });

  it('scopes and revokes tokens', async () => {
    await accounts.addUser('ed', 'editor', 'a long editor password');
    const read = accounts.createToken('ed', 'reader', ['read']);
    const write = accounts.createToken('ed', 'writer', ['read', 'write']);
    expect(hasRole(accounts.viewerForToken(read.secret), 'viewer')).toBe(true);
    expect(hasRole(accounts.viewerForToken(read.secret), 'editor')).toBe(false);
    expect(hasRole(accounts.viewerForToken(write.secret), 'editor')).toBe(true);
    expect(hasRole(accounts.viewerForToken(write.secret), 'admin')).toBe(false);
    accounts.revokeToken(write.id);
    expect(accounts.viewerForToken(write.secret)).toBeNull();
    expect(accounts.viewerForToken('pxt_forged')).toBeNull();
    expect(codeOf(() => accounts.createToken('ed', 'bad', ['root']))).toBe('bad_argument');
  });

  it('expires sessions and forgets deleted ones', async () => {
    const user = await accounts.addUser('vi', 'viewer', 'viewer password 1');
    const grant = accounts.createSession(user.id);
    expect(accounts.findSession(grant.sessionId)?.csrfToken).toBe(grant.csrfToken);
    clock = new Date(clock.getTime() + 13 * 3600_000);
    expect(accounts.findSession(grant.sessionId)).toBeNull();
    clock = new Date('2026-01-01T00:00:00Z');
    accounts.deleteSession(grant.sessionId);
    expect(accounts.findSession(grant.sessionId)).toBeNull();
  });
});

describe('checkBindAddress', () => {
  it('allows loopback always and other addresses only once an admin exists', () => {
    expect(codeOf(() => checkBindAddress('127.0.0.1', 0))).toBeNull();
    expect(codeOf(() => checkBindAddress('::1', 0))).toBeNull();
    expect(codeOf(() => checkBindAddress('0.0.0.0', 0))).toBe('bad_argument');
    expect(codeOf(() => checkBindAddress('192.168.1.5', 0))).toBe('bad_argument');
    expect(codeOf(() => checkBindAddress('0.0.0.0', 1))).toBeNull();
  });
});

describe('openAccounts on PostgreSQL', () => {
  it('says clearly that accounts are embedded-only rather than opening a file named like a URL', () => {
    expect(() => openAccounts('postgres://user@127.0.0.1:5432/parallax')).toThrow(/embedded \(SQLite\) database only/);
  });
});
