import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../store/openStore.js';
import type { Store } from '../../store/Store.js';
import { ingestBatch, type BatchEntry, type EntryOutcome } from './ingestBatch.js';

/* Invented reports. */
const REPORTS = [
  'Agents detained a man outside a bakery on Tuesday, a neighbour said.',
  'Border Patrol agents stopped a pickup truck near a ranch, the agency said in a statement.',
  'Officers questioned two workers at a car wash, their employer said.',
  'A deputy said the van had stalled at the crossing before agents arrived.',
  'The city council said it would ask for the footage of the arrest.',
];

const entry = (path: string, text: string): BatchEntry => ({ path, read: () => ({ raw: Buffer.from(text), fileName: path }) });

let dir = '';
let store: Store;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-batch-'));
  store = openStore(join(dir, 'parallax.db'));
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

function run(entries: readonly BatchEntry[], options: Parameters<typeof ingestBatch>[2] = {}, target: Store = store): { index: number; outcome: EntryOutcome }[] {
  const heard: { index: number; outcome: EntryOutcome }[] = [];
  ingestBatch(target, entries, options, (outcome, index) => heard.push({ index, outcome }));
  return heard;
}

const statusOf = (outcome: EntryOutcome): string => ('failure' in outcome ? outcome.failure.code : outcome.status);

describe('ingestBatch', () => {
  it('stores every document, reporting each once and in order, whatever the group size', () => {
    const heard = run(REPORTS.map((t, i) => entry(`r${i}.txt`, t)), { groupSize: 2 });
    expect(heard.map((h) => h.index)).toEqual([0, 1, 2, 3, 4]);
    expect(heard.map((h) => statusOf(h.outcome))).toEqual(['stored', 'stored', 'stored', 'stored', 'stored']);
    expect(store.listLatestVersionIds()).toHaveLength(5);
  });

  it('commits a group together: a second connection sees nothing of it until its outcomes are reported', () => {
    const path = join(dir, 'parallax.db');
    const seenByReader: number[] = [];
    const reader = openStore(path);
    try {
      ingestBatch(store, REPORTS.slice(0, 3).map((t, i) => entry(`r${i}.txt`, t)), { groupSize: 3 }, () => {
        seenByReader.push(reader.listLatestVersionIds().length);
      });
    } finally {
      reader.close();
    }
    // All three were visible to the other connection at the first report: one commit for the group.
    expect(seenByReader).toEqual([3, 3, 3]);
  });

  it('fails a bad document alone, inside its group, and keeps the others', () => {
    const unreadable: BatchEntry = { path: 'gone.txt', read: () => { throw Object.assign(new Error('no such file'), { code: 'ENOENT' }); } };
    const empty = entry('empty.txt', '');
    const heard = run([entry('a.txt', REPORTS[0]!), unreadable, empty, entry('b.txt', REPORTS[1]!)], { groupSize: 10 });
    expect(heard.map((h) => statusOf(h.outcome))).toEqual(['stored', 'unreadable_file', 'empty_document', 'stored']);
    expect(store.listFailures().map((f) => f.path)).toEqual(['gone.txt', 'empty.txt']);
    expect(store.listLatestVersionIds()).toHaveLength(2);
  });

  it('stores the same bytes twice in one group once: the second is unchanged, with the first one ids', () => {
    const heard = run([entry('a.txt', REPORTS[2]!), entry('copy-of-a.txt', REPORTS[2]!)], { groupSize: 10 });
    const [first, second] = heard.map((h) => h.outcome);
    expect(statusOf(first!)).toBe('stored');
    expect(second).toEqual({ status: 'unchanged', documentId: (first as { documentId: string }).documentId, versionId: (first as { versionId: string }).versionId });
    expect(store.listLatestVersionIds()).toHaveLength(1);
  });

  it('stores a group again one document at a time when the group itself fails, recording each failure once', () => {
    let groups = 0;
    // A commit that fails after the group ran: SQLite undoes the whole group.
    const failingCommit: Store = { ...store, commitGroup: (fn) => store.transaction(() => { groups++; fn(); throw new Error('disk I/O error'); }) };
    const entries = [entry('a.txt', REPORTS[0]!), entry('empty.txt', ''), entry('b.txt', REPORTS[3]!)];
    const heard = run(entries, { groupSize: 10 }, failingCommit);
    expect(groups).toBe(1);
    expect(heard.map((h) => statusOf(h.outcome))).toEqual(['stored', 'empty_document', 'stored']);
    expect(store.listLatestVersionIds()).toHaveLength(2);
    expect(store.listFailures().map((f) => f.path)).toEqual(['empty.txt']);
  });

  it('closes a group early once its analysis has run past groupMs', () => {
    const path = join(dir, 'parallax.db');
    const reader = openStore(path);
    const seen: number[] = [];
    try {
      // groupMs 0: each group holds one document, so each is visible as soon as it is reported.
      ingestBatch(store, REPORTS.slice(0, 3).map((t, i) => entry(`r${i}.txt`, t)), { groupSize: 10, groupMs: 0 }, () => {
        seen.push(reader.listLatestVersionIds().length);
      });
    } finally {
      reader.close();
    }
    expect(seen).toEqual([1, 2, 3]);
  });
});
