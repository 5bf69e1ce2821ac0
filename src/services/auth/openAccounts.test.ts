import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isParallaxError } from '../../lib/errors.js';
import { checkBindAddress } from './checkBindAddress.js';
import { describeAccounts } from './describeAccounts.js';
import { hashPassword, verifyPassword } from './hashPassword.js';
import { openAccounts } from './openAccounts.js';

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

let dir = '';
describeAccounts('SQLite', {
  async open(now) {
    dir = mkdtempSync(join(tmpdir(), 'parallax-accounts-'));
    return openAccounts(join(dir, 'p.db'), now);
  },
  async readStoredText() {
    const wal = join(dir, 'p.db-wal');
    return readFileSync(join(dir, 'p.db')).toString('latin1') + (existsSync(wal) ? readFileSync(wal).toString('latin1') : '');
  },
  cleanUp: () => rmSync(dir, { recursive: true, force: true }),
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
