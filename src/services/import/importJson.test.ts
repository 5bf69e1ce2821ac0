import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { streamExport } from '../export/streamExport.js';
import { sourceFromQueries } from '../export/walkIncidents.js';
import { walkVersions } from '../export/walkVersions.js';
import { ingestDocument } from '../ingest/ingestDocument.js';
import { openParallax, type Parallax } from '../openParallax.js';
import { importJson } from './importJson.js';

// Made-up reports of one made-up shooting, and a later version of the first.
const FIRST = `Title: Agent shoots driver in Larkfield
URL: https://news.example/larkfield-1
Published: 2025-05-07

LARKFIELD, Neb. — A Border Patrol agent shot Tobin Ashgrove, 34, on Tuesday after he drove toward agents, the Department of Homeland Security said. His wife said he was driving away.`;
const SECOND = `Title: Family disputes account of Larkfield shooting
URL: https://news.example/larkfield-2
Published: 2025-05-08

LARKFIELD, Neb. — The family of Tobin Ashgrove, 34, who was shot by a Border Patrol agent on Tuesday, said he never drove toward anyone. DHS said the agent fired in self-defense.`;
const FIRST_UPDATED = `${FIRST}\nThis story was updated to add the agency's statement.`;

let dir: string;
const opened: Parallax[] = [];
const open = (name: string) => {
  const px = openParallax(path.join(dir, `${name}.db`));
  opened.push(px);
  return px;
};
const exportOf = (px: Parallax, withDocuments = false) =>
  [...streamExport(sourceFromQueries(px.queries, {}), { format: 'json', documents: withDocuments ? walkVersions(px.store) : undefined }).chunks].join('');

/** Database A: the two reports, then the later version of the first, one minute apart. */
function buildSource(): { px: Parallax; documents: Record<string, unknown>[] } {
  const px = open('a');
  [FIRST, SECOND, FIRST_UPDATED].forEach((text, i) => {
    const outcome = ingestDocument(px.store, { raw: new TextEncoder().encode(text), fileName: `r${i}.txt` }, () => new Date(Date.UTC(2025, 4, 9, 10, i)));
    expect(outcome.status).toBe('stored');
  });
  return { px, documents: JSON.parse(exportOf(px, true)).documents };
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'parallax-import-json-'));
});
afterEach(() => {
  for (const px of opened.splice(0)) px.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('importJson', () => {
  it('rebuilds the same incidents, claims and documents in a fresh database, whatever the order of the entries', () => {
    const a = buildSource();
    expect(a.documents).toHaveLength(3);
    const b = open('b');
    expect(importJson(b.store, a.documents)).toMatchObject({ versions: 3, stored: 3, unchanged: 0, failed: [] });
    const incidents = JSON.parse(exportOf(b)).incidents;
    expect(incidents.length).toBeGreaterThan(0);
    expect(incidents.flatMap((i: { claims: unknown[] }) => i.claims).length).toBeGreaterThan(0);
    expect(exportOf(b, true)).toBe(exportOf(a.px, true));
    // Replayed in ingest order, not file order: reversed entries give the same database.
    const c = open('c');
    expect(importJson(c.store, [...a.documents].reverse()).failed).toEqual([]);
    expect(exportOf(c, true)).toBe(exportOf(a.px, true));
  });

  it('skips versions already stored, and changes nothing the second time', () => {
    const a = buildSource();
    const b = open('b');
    importJson(b.store, a.documents);
    const before = exportOf(b, true);
    const again = importJson(b.store, a.documents);
    expect(again).toMatchObject({ versions: 3, stored: 0, unchanged: 3, failed: [] });
    expect(exportOf(b, true)).toBe(before);
  });

  it('reports each bad entry with its index and reason, and stores the rest', () => {
    const a = buildSource();
    // Documents in first-stored order, each one's versions oldest first.
    const [first, updated, second] = a.documents as [Record<string, unknown>, Record<string, unknown>, Record<string, unknown>];
    expect(updated.previousVersionId).toBe(first.id);
    const b = open('b');
    const summary = importJson(b.store, [
      'not an object',
      { ...second, anchor: { kind: 'header', date: '2025-05-08', span: { start: 0, end: 5, text: 'words' } } },
      first,
      { ...updated, previousVersionId: 'ver_nowhere' },
      { ...second, sha256: 'f'.repeat(64), text: `${String(second.text)} More.`, previousVersionId: null, anchor: { kind: 'none', date: null, span: null }, updateNotes: [] },
    ]);
    expect(summary.failed.map((f) => f.index)).toEqual([0, 1, 3]);
    expect(summary.failed[0]).toMatchObject({ versionId: null, code: 'bad_input' });
    expect(summary.failed[1]).toMatchObject({ versionId: second.id, code: 'bad_input' });
    expect(summary.failed[1]!.message).toMatch(/anchor\.span/);
    expect(summary.failed[2]!.message).toMatch(/ver_nowhere/);
    expect(summary.stored).toBe(2);
    expect(b.store.getVersion(String(first.id))?.text).toBe(first.text);
    // The malformed entry did not hold back a sound one under the same id.
    expect(b.store.getVersion(String(second.id))?.text).toBe(`${String(second.text)} More.`);
    expect(b.store.getVersion(String(updated.id))).toBeNull();
  });

  it('refuses a version that reuses a stored id with other content', () => {
    const a = buildSource();
    const [first] = a.documents as [Record<string, unknown>];
    const b = open('b');
    importJson(b.store, [first]);
    const clash = importJson(b.store, [{ ...first, sha256: 'e'.repeat(64) }]);
    expect(clash.failed).toHaveLength(1);
    expect(clash.failed[0]!.message).toMatch(/already stored/);
  });
});
