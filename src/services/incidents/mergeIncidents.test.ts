import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestDocument } from '../ingest/ingestDocument.js';
import { openParallax, type Parallax } from '../openParallax.js';
import { mergeIncidents } from './mergeIncidents.js';
import { splitIncident } from './splitIncident.js';
import { undoIncidentOperation } from './undoIncidentOperation.js';

// Two made-up reports of two different made-up shootings, a month and a state apart.
const FIRST = `Title: Deputy fires at driver in Tulsa
Published: 2026-03-02

TULSA, Okla. — A Border Patrol agent shot Mara Quill, 31, in the arm on Monday after she drove at him, the agency said. Her lawyer said she was trying to drive away.`;
const SECOND = `Title: Agent shoots man in Boise
Published: 2026-04-10

BOISE, Idaho — An ICE officer shot Tobin Veck, 45, in the leg on Wednesday, officials said. His sister said he was unarmed.`;

let dir: string;
let px: Parallax;
const fixed = () => new Date('2026-05-01T10:00:00Z');

function ingest(text: string, name: string): string {
  const out = ingestDocument(px.store, { raw: new TextEncoder().encode(text), fileName: name });
  if (out.status !== 'stored') throw new Error('not stored');
  return out.incidentIds[0];
}

const snapshot = () =>
  px.store
    .listIncidentRows()
    .map((r) => ({ id: r.id, docs: px.store.listIncidentDocuments(r.id).map((d) => d.versionId).sort() }))
    .sort((a, b) => a.id.localeCompare(b.id));

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'parallax-merge-'));
  px = openParallax(path.join(dir, 'db.sqlite'));
});
afterEach(() => {
  px.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('mergeIncidents, splitIncident, undoIncidentOperation', () => {
  it('merges two incidents into the first, audits it, and the undo restores both', () => {
    const a = ingest(FIRST, 'a.txt');
    const b = ingest(SECOND, 'b.txt');
    expect(a).not.toBe(b);
    const before = snapshot();
    const entry = mergeIncidents(px.store, [a, b], { actor: 'ed', now: fixed });
    expect(px.store.getIncident(b)).toBeNull();
    expect(px.store.listIncidentDocuments(a)).toHaveLength(2);
    expect(px.store.listAudit(a).map((e) => e.action)).toContain('merge_incidents');
    expect(entry.actor).toBe('ed');
    undoIncidentOperation(px.store, entry, { now: fixed });
    expect(snapshot()).toEqual(before);
  });

  it('splits deterministically: the same split gives the same new id, and undo brings it back', () => {
    const a = ingest(FIRST, 'a.txt');
    const b = ingest(SECOND, 'b.txt');
    const secondVersion = px.store.listIncidentDocuments(b)[0].versionId;
    mergeIncidents(px.store, [a, b], { now: fixed });
    const ref = px.store.listDraftsForIncident(a).filter((d) => d.versionId === secondVersion).map((d) => ({ versionId: d.versionId, localIndex: d.localIndex }));
    const split = splitIncident(px.store, a, ref, { now: fixed });
    const created = (split.after as { created: string }).created;
    expect(px.store.getIncident(created)).not.toBeNull();
    expect(px.store.listIncidentDocuments(created).map((d) => d.versionId)).toEqual([secondVersion]);
    expect(px.store.listIncidentDocuments(a)).toHaveLength(1);
    undoIncidentOperation(px.store, split, { now: fixed });
    expect(px.store.getIncident(created)).toBeNull();
    const again = splitIncident(px.store, a, ref, { now: () => new Date('2026-05-02T00:00:00Z') });
    expect((again.after as { created: string }).created).toBe(created);
  });

  it('refuses a split that would empty the incident, and a merge of an unknown incident, changing nothing', () => {
    const a = ingest(FIRST, 'a.txt');
    const all = px.store.listDraftsForIncident(a).map((d) => ({ versionId: d.versionId, localIndex: d.localIndex }));
    expect(() => splitIncident(px.store, a, all)).toThrow(/at least one account/);
    expect(() => mergeIncidents(px.store, [a, 'inc_nope'])).toThrow(/No incident/);
    expect(px.store.listIncidentDocuments(a)).toHaveLength(1);
    expect(px.store.listAudit(a)).toHaveLength(0);
  });
});

describe('listAgreements', () => {
  it('shows a stance that two independent sides share, and nothing for an unknown incident', async () => {
    const { listAgreements } = await import('./listAgreements.js');
    const text = `Title: Trooper fires at van in Reno
Published: 2026-03-04

RENO, Nev. — A Border Patrol agent shot Ivo Brandt, 52, in the hand on Tuesday. The agency said the agent acted in self-defense. A witness, Rhea Moll, said the agent acted in self-defense.`;
    const id = ingest(text, 'c.txt');
    const points = listAgreements(px.store, id) ?? [];
    const justification = points.find((p) => p.facet === 'justification_for_force');
    expect(justification?.positions.map((x) => x.side).sort()).toEqual(['officials', 'witnesses']);
    expect(listAgreements(px.store, 'inc_missing')).toBeNull();
  });
});
