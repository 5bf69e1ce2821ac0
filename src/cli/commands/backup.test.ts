import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../testing/runCli.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));


describe('parallax backup / restore', () => {
  it('backs up, then restores over later changes with --force', async () => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-cli-backup-'));
    const db = join(dir, 'p.db');
    writeFileSync(join(dir, 'one.txt'), 'Title: First report\n\nThe agency said the officer fired once on Monday.\n');
    writeFileSync(join(dir, 'two.txt'), 'Title: Second report\n\nA neighbour said the car was parked when the shots came.\n');
    expect((await runCli(['ingest', join(dir, 'one.txt'), '--db', db])).code).toBe(0);

    const backup = await runCli(['backup', join(dir, 'b.db'), '--db', db, '--json']);
    expect(backup.code).toBe(0);
    expect(JSON.parse(backup.stdout).documents).toBe(1);

    expect((await runCli(['ingest', join(dir, 'two.txt'), '--db', db])).code).toBe(0);

    expect((await runCli(['restore', join(dir, 'b.db'), '--db', db])).code).not.toBe(0);
    const restore = await runCli(['restore', join(dir, 'b.db'), '--db', db, '--force', '--json']);
    expect(restore.code).toBe(0);
    expect(JSON.parse(restore.stdout).documents).toBe(1);
    const check = await runCli(['backup', join(dir, 'after.db'), '--db', db, '--json']);
    expect(JSON.parse(check.stdout).documents).toBe(1);
  });
});
