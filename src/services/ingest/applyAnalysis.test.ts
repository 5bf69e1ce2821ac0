import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../ingest/parseDocument.js';
import { openStore } from '../../store/openStore.js';
import type { Store } from '../../store/Store.js';
import { makeVersion } from '../../store/storeFixtures.js';
import { placementLockKeys } from '../incidents/lockKeys.js';
import { analyseVersion, applyAnalysis } from './applyAnalysis.js';

// A made-up fact check: its own "we" is the outlet named in its header; a quoted "we" is not.
const TEXT = `Title: Did the county double its patrols?
Outlet: Valley Verifier
Published: 2025-07-01

The sheriff said patrols had doubled this year. We found that the county had added two deputies. "We found the logs incomplete," a county clerk said.`;

describe('analyseVersion', () => {
  it('gives the outlet of the document metadata as the speaker of the narration’s own "we"', () => {
    const doc = parseDocument(new TextEncoder().encode(TEXT), { fileName: 'check.txt' });
    const { attributions } = analyseVersion(doc, 'ver_test');
    const ours = attributions.filter((a) => a.source && doc.text.slice(a.source.start, a.source.end) === 'We');
    expect(ours.length).toBeGreaterThan(0);
    for (const a of ours) expect(a.speaker).toEqual({ name: 'Valley Verifier', affiliation: 'Valley Verifier', role: 'journalist' });
    expect(attributions.some((a) => a.speaker?.name === 'Valley Verifier' && doc.text.slice(a.content.start, a.content.end).includes('logs'))).toBe(false);
  });
});

// An invented report: one incident with a named subject in a named city, so placement has keys.
const REPORT = `Title: Agents detain driver in Lakeport
Outlet: Lakeport Ledger
Published: 2025-08-04

Border Patrol agents shot Daniel Ortega, 31, during a traffic stop in Lakeport, Texas, on Saturday, officials said. Ortega was taken to a hospital.`;

describe('applyAnalysis', () => {
  // The same SQLite store, seen as one that locks keys (PostgreSQL) or as itself, with its lockKeys calls recorded.
  const storeWith = (kind: Store['kind']) => {
    const store = openStore(':memory:');
    const calls: string[][] = [];
    const seen: Store = Object.freeze({ ...store, kind, lockKeys: (keys: readonly string[]) => void calls.push([...keys]) });
    return { store: seen, calls, close: () => store.close() };
  };
  const apply = (store: Store) => {
    const doc = parseDocument(new TextEncoder().encode(REPORT), { fileName: 'report.txt' });
    const version = makeVersion(doc.text, { id: 'ver_lock', documentId: 'doc_lock', sha256: 'f'.repeat(64), published: doc.anchor.date });
    const result = analyseVersion(doc, version.id);
    return store.transaction(() => {
      store.insertVersion(version);
      return { result, incidentIds: applyAnalysis(store, { versionId: version.id, documentId: version.documentId, published: version.published, supersedes: null, isNew: true }, result) };
    });
  };

  it('locks the placement keys, then the incidents it rebuilds, on a store whose writers run side by side', () => {
    const { store, calls, close } = storeWith('postgres');
    const { result, incidentIds } = apply(store);
    close();
    expect(incidentIds.length).toBeGreaterThan(0);
    expect(calls).toEqual([placementLockKeys(result.drafts), incidentIds.map((id) => `incident:${id}`)]);
    expect(calls[0].length).toBeGreaterThan(0);
  });

  it('makes no lock keys for SQLite, whose one writer locks nothing, and places the same incidents', () => {
    const sqlite = storeWith('sqlite');
    const keyed = storeWith('postgres');
    const placed = apply(sqlite.store).incidentIds;
    const placedKeyed = apply(keyed.store).incidentIds;
    const incidents = [sqlite, keyed].map(({ store }) => store.getIncident(placed[0]));
    sqlite.close();
    keyed.close();
    expect(sqlite.calls).toEqual([]);
    expect(incidents[0]).not.toBeNull();
    expect(placed).toEqual(placedKeyed);
    expect(incidents[0]).toEqual(incidents[1]);
  });
});
