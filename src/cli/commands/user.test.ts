import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../testing/runCli.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));


describe('parallax user / token / serve binding', () => {
  it('manages users and tokens, and refuses a public bind until an admin exists', async () => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-cli-user-'));
    const db = join(dir, 'p.db');
    const refused = await runCli(['serve', '--db', db, '--host', '0.0.0.0', '--port', '0']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/admin account/);

    const added = await runCli(['user', 'add', 'ana', '--role', 'admin', '--db', db, '--json'], { PARALLAX_PASSWORD: 'an admin password' });
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ name: 'ana', role: 'admin' });
    expect(JSON.parse(added.stdout).password).toBeUndefined();
    const generated = await runCli(['user', 'add', 'vi', '--db', db, '--json']);
    expect(JSON.parse(generated.stdout).password.length).toBeGreaterThanOrEqual(16);
    const list = await runCli(['user', 'list', '--db', db, '--json']);
    expect(JSON.parse(list.stdout).map((u: { name: string }) => u.name)).toEqual(['ana', 'vi']);

    const token = await runCli(['token', 'create', 'vi', '--scopes', 'read', '--db', db, '--json']);
    const { id, secret } = JSON.parse(token.stdout) as { id: string; secret: string };
    expect(secret).toMatch(/^pxt_/);
    expect((await runCli(['token', 'revoke', id, '--db', db])).code).toBe(0);
    expect((await runCli(['token', 'revoke', id, '--db', db])).code).not.toBe(0);
    expect((await runCli(['token', 'create', 'vi', '--scopes', 'root', '--db', db])).code).not.toBe(0);

    expect((await runCli(['user', 'remove', 'vi', '--db', db])).code).toBe(0);
    expect((await runCli(['user', 'bogus', '--db', db])).code).not.toBe(0);
  });
});
