import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../main.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: (t) => void (out += t), stderr: (t) => void (err += t), isTTY: false, env, cwd: process.cwd() });
  return { code, out, err };
}

describe('parallax user / token / serve binding', () => {
  it('manages users and tokens, and refuses a public bind until an admin exists', async () => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-cli-user-'));
    const db = join(dir, 'p.db');
    const refused = await run(['serve', '--db', db, '--host', '0.0.0.0', '--port', '0']);
    expect(refused.code).not.toBe(0);
    expect(refused.err).toMatch(/admin account/);

    const added = await run(['user', 'add', 'ana', '--role', 'admin', '--db', db, '--json'], { PARALLAX_PASSWORD: 'an admin password' });
    expect(added.code).toBe(0);
    expect(JSON.parse(added.out)).toMatchObject({ name: 'ana', role: 'admin' });
    expect(JSON.parse(added.out).password).toBeUndefined();
    const generated = await run(['user', 'add', 'vi', '--db', db, '--json']);
    expect(JSON.parse(generated.out).password.length).toBeGreaterThanOrEqual(16);
    const list = await run(['user', 'list', '--db', db, '--json']);
    expect(JSON.parse(list.out).map((u: { name: string }) => u.name)).toEqual(['ana', 'vi']);

    const token = await run(['token', 'create', 'vi', '--scopes', 'read', '--db', db, '--json']);
    const { id, secret } = JSON.parse(token.out) as { id: string; secret: string };
    expect(secret).toMatch(/^pxt_/);
    expect((await run(['token', 'revoke', id, '--db', db])).code).toBe(0);
    expect((await run(['token', 'revoke', id, '--db', db])).code).not.toBe(0);
    expect((await run(['token', 'create', 'vi', '--scopes', 'root', '--db', db])).code).not.toBe(0);

    expect((await run(['user', 'remove', 'vi', '--db', db])).code).toBe(0);
    expect((await run(['user', 'bogus', '--db', db])).code).not.toBe(0);
  });
});
