import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportIncidents } from '../exportIncidents.js';
import { ingestDocument } from '../ingest/ingestDocument.js';
import { openParallax, type Parallax } from '../openParallax.js';
import type { ClaimDraft, IncidentDraft } from '../../domain/incident.js';
import type { ClaimRecord } from '../../domain/records.js';
import type { Store, StoredDraft } from '../../store/Store.js';
import { claimId, rebuildIncident } from './rebuildIncident.js';

// Two made-up reports of one made-up shooting: the agency's count of shots changes a week later.
const report = (published: string, url: string, count: string) => `Title: Border Patrol agent shoots driver in Millbrook
Outlet: Example Daily
URL: ${url}
Published: ${published}

MILLBROOK, Texas — A Border Patrol agent shot Tomas Reyna, 41, during a traffic stop in Millbrook on June 2, 2025, the agency said.

U.S. Customs and Border Protection said the agent fired ${count} shots after the driver drove toward him.`;

let dir: string;
let px: Parallax;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'parallax-rebuild-'));
  px = openParallax(path.join(dir, 'test.db'));
});
afterEach(() => {
  px.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('rebuildIncident', () => {
  it('orders a revised account after the first by publication date, whatever order the documents came in', () => {
    const ingest = (text: string) => ingestDocument(px.store, { raw: new TextEncoder().encode(text), fileName: 'report.txt' });
    // The revision (two) sorts before the first count (three) by value: only the dates put it after.
    ingest(report('2025-06-10', 'https://example.org/millbrook-2', 'two'));
    ingest(report('2025-06-03', 'https://example.org/millbrook-1', 'three'));
    const incidents = [...exportIncidents(px.store)];
    expect(incidents).toHaveLength(1);
    const shots = incidents[0].contested.find((p) => p.facet === 'shots_fired');
    expect(shots?.positions.filter((p) => p.side === 'officials').map((p) => p.stance)).toEqual(['3', '2']);
  });
});

describe('rebuildIncident claim ids', () => {
  const claim = (start: number, end: number): ClaimDraft => ({
    facet: 'shots_fired',
    value: '3',
    stance: '3',
    span: { start, end, text: 'An invented sentence.' },
    speaker: null,
    side: 'outlet',
    attribution: null,
  });
  const draftWith = (claims: ClaimDraft[]): IncidentDraft => ({
    localIndex: 0, primary: true, date: '2025-06-02', datePrecision: 'day', time: null, city: 'Millbrook', state: 'TX', place: null,
    agencies: [], persons: [], charges: [], force: [], footage: null, claims, sources: [],
  });
  // Only what a rebuild asks of a store; the claims it saves are kept.
  const storeOf = (member: () => StoredDraft, saved: ClaimRecord[][]): Store =>
    ({
      listDraftsForIncident: () => [member()],
      listAttributions: () => [],
      saveIncident: (_incident: unknown, claims: readonly ClaimRecord[]) => void saved.push([...claims]),
    }) as unknown as Store;
  const memberOf = (draft: IncidentDraft): StoredDraft => ({ versionId: 'ver_1', documentId: 'doc_1', localIndex: 0, incidentId: 'inc_1', draft, published: '2025-06-03' });

  it('gives a draft changed between two rebuilds the ids of its new claims', () => {
    const claims = [claim(0, 10)];
    const draft = draftWith(claims);
    const saved: ClaimRecord[][] = [];
    const store = storeOf(() => memberOf(draft), saved);
    rebuildIncident(store, 'inc_1');
    claims[0] = claim(20, 30);
    rebuildIncident(store, 'inc_1');
    expect(saved.map((list) => list.map((c) => c.id))).toEqual([[claimId('ver_1', claim(0, 10))], [claimId('ver_1', claim(20, 30))]]);
  });

  it('gives a frozen draft the same ids at every rebuild, and another version of it its own', () => {
    const draft = Object.freeze(draftWith(Object.freeze([Object.freeze({ ...claim(0, 10), span: Object.freeze(claim(0, 10).span) })]) as ClaimDraft[]));
    const saved: ClaimRecord[][] = [];
    let versionId = 'ver_1';
    const store = storeOf(() => ({ ...memberOf(draft), versionId }), saved);
    rebuildIncident(store, 'inc_1');
    rebuildIncident(store, 'inc_1');
    versionId = 'ver_2';
    rebuildIncident(store, 'inc_1');
    expect(saved.map((list) => list[0].id)).toEqual([claimId('ver_1', claim(0, 10)), claimId('ver_1', claim(0, 10)), claimId('ver_2', claim(0, 10))]);
  });

  it('names the attributions the version of a frozen draft has now, not those it had at an earlier rebuild', () => {
    const attributed = { ...claim(0, 10), attribution: 0, span: Object.freeze(claim(0, 10).span) };
    const draft = Object.freeze(draftWith(Object.freeze([Object.freeze(attributed)]) as ClaimDraft[]));
    const saved: ClaimRecord[][] = [];
    let attributionId = 'att_1';
    const store = {
      ...storeOf(() => memberOf(draft), saved),
      listAttributionIds: () => [attributionId],
    } as unknown as Store;
    rebuildIncident(store, 'inc_1');
    attributionId = 'att_2';
    rebuildIncident(store, 'inc_1');
    expect(saved.map((list) => list[0].attributionId)).toEqual(['att_1', 'att_2']);
  });
});
