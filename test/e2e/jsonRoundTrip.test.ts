import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/testing/runCli.js';

const root = path.resolve(import.meta.dirname, '../..');
const samples = path.join(root, 'samples/documents');

/** Export JSON with the documents → a fresh database → export again: the same bytes. */
describe('the json round trip', () => {
  let dir: string;
  let full: string;
  let exportA: string;

  const exportOf = async (db: string) => {
    const out = await runCli(['export', '--format', 'json', '--db', db]);
    expect(out.code).toBe(0);
    return out.stdout;
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'parallax-roundtrip-'));
    const a = path.join(dir, 'a.db');
    expect((await runCli(['ingest', samples, '--db', a, '--json'])).code).toBe(0);
    // A later version of the first sample (same URL): it joins the incident its first version founded.
    const first = path.join(samples, readdirSync(samples).filter((d) => !d.startsWith('_')).sort()[0]!);
    const changed = path.join(dir, 'changed.txt');
    writeFileSync(changed, `${readFileSync(path.join(first, readdirSync(first).sort()[0]!), 'utf8')}\nThis article was corrected after publication to add a spokesperson's title.\n`);
    const update = await runCli(['ingest', changed, '--db', a, '--json']);
    expect(JSON.parse(update.stdout)).toMatchObject({ stored: 1, failed: [] });
    full = path.join(dir, 'full.json');
    const out = await runCli(['export', '--format', 'json', '--with-documents', '--out', full, '--db', a]);
    expect(out.code).toBe(0);
    exportA = await exportOf(a);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rebuilds a fresh database whose export is byte-identical', async () => {
    const written = JSON.parse(readFileSync(full, 'utf8'));
    expect(written.incidents).toEqual(JSON.parse(exportA).incidents);
    // Every version is there, the changed one pointing at its predecessor.
    const ids = new Set(written.documents.map((d: { id: string }) => d.id));
    const later = written.documents.filter((d: { previousVersionId: string | null }) => d.previousVersionId !== null);
    expect(later).toHaveLength(1);
    expect(ids.has(later[0].previousVersionId)).toBe(true);
    const b = path.join(dir, 'b.db');
    const imported = await runCli(['import', 'json', full, '--db', b, '--json']);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const summary = JSON.parse(imported.stdout);
    expect(summary).toMatchObject({ versions: written.documents.length, stored: written.documents.length, unchanged: 0, failed: [] });
    expect(JSON.parse(exportA).incidents.length).toBeGreaterThan(0);
    expect(await exportOf(b)).toBe(exportA);
    const again = await runCli(['export', '--format', 'json', '--with-documents', '--db', b]);
    expect(again.stdout).toBe(readFileSync(full, 'utf8'));
  }, 120_000);

  it('changes nothing when the same file is imported twice', async () => {
    const c = path.join(dir, 'c.db');
    expect((await runCli(['import', 'json', full, '--db', c])).code).toBe(0);
    const before = await exportOf(c);
    const second = await runCli(['import', 'json', full, '--db', c, '--json']);
    expect(second.code).toBe(0);
    const summary = JSON.parse(second.stdout);
    expect(summary).toMatchObject({ stored: 0, failed: [] });
    expect(summary.unchanged).toBe(summary.versions);
    expect(await exportOf(c)).toBe(before);
  }, 120_000);

  it('imports the other documents when one entry is broken, and names the broken one', async () => {
    const written = JSON.parse(readFileSync(full, 'utf8'));
    // The last entry: no later version depends on it (one that did would fail too, its predecessor missing).
    const broken = written.documents.length - 1;
    written.documents[broken] = { ...written.documents[broken], bodyStart: 'the top' };
    const file = path.join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(written));
    const d = path.join(dir, 'd.db');
    const out = await runCli(['import', 'json', file, '--db', d, '--json']);
    expect(out.code).toBe(1);
    const summary = JSON.parse(out.stdout);
    expect(summary.failed).toHaveLength(1);
    expect(summary.failed[0]).toMatchObject({ index: broken, versionId: written.documents[broken].id, code: 'bad_input' });
    expect(summary.failed[0].message).toMatch(/bodyStart/);
    expect(summary.stored).toBe(written.documents.length - 1);
    const human = await runCli(['import', 'json', file, '--db', d]);
    expect(human.stdout).toMatch(new RegExp(`failed entry ${broken} \\(${written.documents[broken].id}\\)`));
  }, 120_000);
});
