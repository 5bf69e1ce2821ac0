import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isParallaxError } from '../../lib/errors.js';
import { hasRole } from './accountRoles.js';
import type { Accounts } from './openAccounts.js';

export interface AccountsHarness {
  /** Opens accounts on a new, empty database whose clock is `now`. */
  open(now: () => Date): Promise<Accounts>;
  /** Everything the database holds, as text, to show no secret is kept in clear. */
  readStoredText(): Promise<string>;
  cleanUp?(): Promise<void> | void;
}

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (err) {
    return isParallaxError(err) ? err.code : String(err);
  }
}

/** The behaviour every store's accounts must have: run on SQLite beside openAccounts, on PostgreSQL in test/postgres. */
export function describeAccounts(label: string, harness: AccountsHarness): void {
  describe(`accounts on ${label}`, () => {
    let accounts: Accounts;
    let clock = new Date('2026-01-01T00:00:00Z');
    beforeEach(async () => {
      clock = new Date('2026-01-01T00:00:00Z');
      accounts = await harness.open(() => clock);
    });
    afterEach(async () => {
      accounts.close();
      await harness.cleanUp?.();
    });

    it('adds, lists and removes users; roles are checked; names ignore case; no secret is stored in clear', async () => {
      await accounts.addUser('ana', 'admin', 'a long admin password');
      await accounts.addUser('ed', 'editor', 'a long editor password');
      expect(accounts.listUsers().map((u) => [u.name, u.role])).toEqual([['ana', 'admin'], ['ed', 'editor']]);
      expect(accounts.countAdmins()).toBe(1);
      await expect(accounts.addUser('x', 'owner', 'a long password here')).rejects.toThrow(/Role/);
      await expect(accounts.addUser('ana', 'viewer', 'a long password here')).rejects.toThrow(/exists/);
      await expect(accounts.addUser('ANA', 'viewer', 'a long password here')).rejects.toThrow(/exists/);
      const { secret } = accounts.createToken('ed', 'script', ['read']);
      const session = accounts.createSession(accounts.listUsers()[1]!.id);
      const raw = await harness.readStoredText();
      expect(raw).toContain('ed');
      expect(raw).not.toContain('a long editor password');
      expect(raw).not.toContain(secret);
      expect(raw).not.toContain(session.sessionId);
      accounts.removeUser('ed');
      expect(accounts.viewerForToken(secret)).toBeNull();
      expect(accounts.findSession(session.sessionId)).toBeNull();
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
      expect(codeOf(() => accounts.revokeToken(write.id))).toBe('not_found');
      expect(accounts.viewerForToken('pxt_forged')).toBeNull();
      expect(codeOf(() => accounts.createToken('ed', 'bad', ['root']))).toBe('bad_argument');
      expect(codeOf(() => accounts.createToken('nobody', 'x', ['read']))).toBe('not_found');
    });

    it('expires sessions and forgets deleted ones', async () => {
      const user = await accounts.addUser('vi', 'viewer', 'viewer password 1');
      const grant = accounts.createSession(user.id);
      expect(accounts.findSession(grant.sessionId)?.csrfToken).toBe(grant.csrfToken);
      expect(accounts.findSession(grant.sessionId)?.viewer?.name).toBe('vi');
      clock = new Date(clock.getTime() + 13 * 3600_000);
      expect(accounts.findSession(grant.sessionId)).toBeNull();
      clock = new Date('2026-01-01T00:00:00Z');
      accounts.deleteSession(grant.sessionId);
      expect(accounts.findSession(grant.sessionId)).toBeNull();
    });
  });
}
