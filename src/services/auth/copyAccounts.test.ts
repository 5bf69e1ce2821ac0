import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hasRole } from './accountRoles.js';
import { copyAccounts } from './copyAccounts.js';
import { openAccounts, openAccountTables } from './openAccounts.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('copyAccounts', () => {
  it('copies users with their passwords and tokens (revoked stay revoked), keeping a user the target already has', async () => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-copy-accounts-'));
    const source = openAccounts(join(dir, 'from.db'));
    await source.addUser('ana', 'admin', 'an admin password');
    await source.addUser('ed', 'editor', 'an editor password');
    const live = source.createToken('ed', 'script', ['read', 'write']);
    const dead = source.createToken('ed', 'old', ['read']);
    source.revokeToken(dead.id);
    source.close();
    const target = openAccounts(join(dir, 'to.db'));
    await target.addUser('ANA', 'viewer', 'the target password');
    target.close();

    const from = openAccountTables(join(dir, 'from.db'));
    const to = openAccountTables(join(dir, 'to.db'));
    const summary = copyAccounts(from, to);
    from.close();
    to.close();
    expect(summary).toEqual({ users: 1, tokens: 2, skipped: ['ana'] });

    const copied = openAccounts(join(dir, 'to.db'));
    try {
      expect((await copied.verifyLogin('ed', 'an editor password'))?.role).toBe('editor');
      expect((await copied.verifyLogin('ana', 'the target password'))?.role).toBe('viewer');
      expect(await copied.verifyLogin('ana', 'an admin password')).toBeNull();
      expect(hasRole(copied.viewerForToken(live.secret), 'editor')).toBe(true);
      expect(copied.viewerForToken(dead.secret)).toBeNull();
    } finally {
      copied.close();
    }
  });
});
