import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportedIncident } from '../../src/domain/exportContract.js';
import { openParallax } from '../../src/services/openParallax.js';
import { runCli } from '../../src/cli/testing/runCli.js';

const root = path.resolve(import.meta.dirname, '../..');
const samples = path.join(root, 'samples/documents');
const manifest = JSON.parse(readFileSync(path.join(root, 'samples/manifest.json'), 'utf8')) as {
  documents: { path: string; incident: string | null }[];
  incidents: { key: string; date: string; city: string; state: string; subject: { name: string; age: number }; contested: { facet: string }[] }[];
};

/** The incident of the export a manifest incident was written as: same city, its subject by surname. */
function intendedIn(exported: readonly ExportedIncident[], intended: (typeof manifest.incidents)[number]): ExportedIncident | undefined {
  const surname = intended.subject.name.split(' ').slice(-2)[0];
  return exported.find((e) => e.city === intended.city && e.persons.some((p) => p.role === 'subject' && p.name?.includes(surname) === true));
}

// The disputes over what happened on the ground: each sample document was written to hold them
// (manifest.json), and each must show as a point where the accounts meet.
const GROUND_FACETS = new Set(['vehicle_movement', 'wound_location', 'officer_conduct', 'shots_fired']);

describe('parallax on the bundled samples', () => {
  let dir: string;
  let db: string;
  let exported: ExportedIncident[];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'parallax-e2e-'));
    db = path.join(dir, 'p.db');
    const ingest = await runCli(['ingest', samples, '--db', db, '--json']);
    expect(ingest.stderr).toBe('');
    expect(ingest.code).toBe(0);
    const out = await runCli(['export', '--format', 'json', '--db', db]);
    expect(out.code).toBe(0);
    exported = JSON.parse(out.stdout).incidents;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stores every sample once, and nothing twice on a second run', async () => {
    const again = await runCli(['ingest', samples, '--db', db, '--json']);
    const summary = JSON.parse(again.stdout);
    expect(summary).toMatchObject({ files: manifest.documents.length, stored: 0, unchanged: manifest.documents.length, failed: [] });
  });

  it('finds each intended incident with its date, place and subject', () => {
    for (const intended of manifest.incidents) {
      const found = intendedIn(exported, intended);
      expect(found, `incident ${intended.key}`).toBeDefined();
      expect(found?.state).toBe(intended.state);
      expect(found?.date).toBe(intended.date);
    }
  });

  it('keeps the export contract: every claim points to the exact span of a stored document version', () => {
    const px = openParallax(db);
    try {
      for (const incident of exported) {
        expect(Object.keys(incident)).toEqual(expect.arrayContaining(['id', 'date', 'datePrecision', 'time', 'city', 'state', 'place', 'lat', 'lon', 'agencies', 'persons', 'charges', 'documents', 'claims', 'contested']));
        for (const claim of incident.claims) {
          const text = px.queries.getDocument(claim.versionId)?.text ?? '';
          expect(text.slice(claim.start, claim.end)).toBe(claim.text);
          expect(claim.stage).toMatch(/^extract@\d+$/);
          expect(incident.documents.map((d) => d.versionId)).toContain(claim.versionId);
        }
      }
    } finally {
      px.close();
    }
  });

  it('shows contested points with both camps for the samples’ disputed facts', () => {
    const contested = exported.flatMap((e) => e.contested);
    expect(contested.length).toBeGreaterThan(0);
    for (const point of contested) {
      const sides = new Set(point.positions.map((p) => p.side));
      // An unanswered point shows the one camp that speaks, and names the silent camp instead.
      if (point.kind === 'unanswered') expect(point.silent?.camp).toMatch(/^(?:state|other)$/);
      else expect(sides.size).toBeGreaterThan(1);
      for (const p of point.positions) expect(p.claimIds.length).toBeGreaterThan(0);
    }
    expect(contested.some((point) => point.kind === 'conflict')).toBe(true);
  });

  it('shows each dispute over what happened on the ground that the manifest lists, on its incident', () => {
    for (const intended of manifest.incidents) {
      const shown = (intendedIn(exported, intended)?.contested ?? []).map((point) => point.facet);
      const listed = intended.contested.map((c) => c.facet).filter((facet) => GROUND_FACETS.has(facet));
      expect(listed.length, intended.key).toBeGreaterThan(0);
      expect(shown, intended.key).toEqual(expect.arrayContaining(listed));
    }
  });

  it('keeps ids stable when the same input is ingested into a fresh database, and when re-analysed', async () => {
    const ids = (incidents: ExportedIncident[]) => incidents.map((i) => [i.id, i.claims.map((c) => c.id).sort(), i.documents.map((d) => d.id).sort()]);
    const fresh = path.join(dir, 'fresh.db');
    expect((await runCli(['ingest', samples, '--db', fresh])).code).toBe(0);
    const again = JSON.parse((await runCli(['export', '--db', fresh])).stdout).incidents;
    expect(ids(again)).toEqual(ids(exported));
    const re = await runCli(['reanalyse', '--db', fresh, '--json']);
    expect(re.code).toBe(0);
    expect(JSON.parse(re.stdout).documents).toBe(manifest.documents.length);
    const reanalysed = JSON.parse((await runCli(['export', '--db', fresh])).stdout).incidents;
    expect(ids(reanalysed)).toEqual(ids(exported));
  });

  it('lists and shows incidents', async () => {
    const list = await runCli(['incidents', '--db', db]);
    expect(list.code).toBe(0);
    expect(list.stdout.trim().split('\n')).toHaveLength(exported.length);
    const show = await runCli(['show', exported[0].id, '--db', db]);
    expect(show.stdout).toContain(`Incident ${exported[0].id}`);
    expect(show.stdout).toContain('Contested points:');
    // An unanswered point is labelled as such, with the silent camp's "no answer" line.
    const unanswered = exported.find((e) => e.contested.some((p) => p.kind === 'unanswered'));
    expect(unanswered).toBeDefined();
    const shown = (await runCli(['show', unanswered!.id, '--db', db])).stdout;
    expect(shown).toContain('(unanswered)');
    expect(shown).toContain('no answer: not answered by');
  });
});

describe('parallax errors', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'parallax-err-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 2 on bad arguments, with a clear message', async () => {
    expect((await runCli(['frobnicate'])).code).toBe(2);
    const noPaths = await runCli(['ingest', '--db', path.join(dir, 'a.db')]);
    expect(noPaths.code).toBe(2);
    expect(noPaths.stderr).toMatch(/give at least one file/);
    expect((await runCli(['ingest', 'x.txt', '--published', 'yesterday', '--db', path.join(dir, 'a.db')])).code).toBe(2);
    expect((await runCli(['export', '--format', 'xml', '--db', path.join(dir, 'a.db')])).code).toBe(2);
    expect((await runCli(['show', '--db', path.join(dir, 'a.db')])).code).toBe(2);
    expect((await runCli(['ingest', '--nonsense', 'x', '--db', path.join(dir, 'a.db')])).code).toBe(2);
  });

  it('refuses a database that is not ours and leaves it untouched', async () => {
    const foreign = path.join(dir, 'notes.db');
    writeFileSync(foreign, 'just some text, not a database\n');
    const run = await runCli(['incidents', '--db', foreign]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/parallax:/);
    expect(readFileSync(foreign, 'utf8')).toBe('just some text, not a database\n');
  });

  it('records bad documents as failed with their reason and stores the rest', async () => {
    const db = path.join(dir, 'hostile.db');
    const run = await runCli(['ingest', path.join(root, 'test/fixtures/e2e'), '--db', db, '--json']);
    const summary = JSON.parse(run.stdout);
    expect(run.code).toBe(1);
    const failedNames = summary.failed.map((f: { path: string }) => path.basename(f.path)).sort();
    expect(failedNames).toEqual(['binary.txt', 'empty.txt', 'invalid-utf8.txt', 'nul-bytes.txt', 'whitespace-only.txt']);
    for (const f of summary.failed) expect(f.message.length).toBeGreaterThan(10);
    expect(summary.stored).toBe(summary.files - summary.failed.length);
    expect(summary.stored).toBeGreaterThanOrEqual(2);
  });

  it('reports an unreadable path as failed, not as a crash', async () => {
    const run = await runCli(['ingest', path.join(dir, 'missing.txt'), '--db', path.join(dir, 'b.db')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/missing\.txt/);
  });
});
