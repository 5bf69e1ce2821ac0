import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../store/openStore.js';
import type { Store } from '../../store/Store.js';
import { makeIncident } from '../../store/storeFixtures.js';
import { createReview } from '../review/createReview.js';
import { seedReviewStore } from '../review/reviewFixtures.js';
import { ANONYMOUS, LOCAL_EDITOR } from '../review/viewer.js';
import { createSearchCache, selectionKey } from './createSearchCache.js';
import type { IncidentQuery } from './incidentQuery.js';
import { searchIncidents } from './searchIncidents.js';

const page = { limit: 10, offset: 0 };

/** The store with its light-row reads counted, to tell a cache hit from a reload. */
function countingRows(store: Store): { store: Store; reads: () => number } {
  let reads = 0;
  return {
    store: { ...store, listIncidentRows: () => (reads++, store.listIncidentRows()) },
    reads: () => reads,
  };
}

describe('createSearchCache', () => {
  let store: Store;
  let ids: ReturnType<typeof seedReviewStore>;
  beforeEach(() => {
    store = openStore(':memory:');
    ids = seedReviewStore(store);
  });
  afterEach(() => store.close());

  const queries: IncidentQuery[] = [
    page,
    { ...page, q: 'warehouse' },
    { ...page, filters: { state: ['TX', 'IL'], contested: ['no'] } },
    { ...page, tracker: 'shots-struck' },
    { ...page, sort: 'date_asc' },
    { ...page, sort: 'place', limit: 1, offset: 1 },
  ];

  it('answers exactly what the uncached computation answers, for every viewer, before and after writes', () => {
    const search = createSearchCache(store);
    const compare = () => {
      for (const viewer of [ANONYMOUS, LOCAL_EDITOR]) for (const query of queries) expect(search(query, viewer)).toEqual(searchIncidents(store, query, viewer));
    };
    compare();
    compare(); // the second round is served from memory
    createReview(store).setVisibility({ incidentId: ids.stop, field: null, visibility: 'private' }, LOCAL_EDITOR);
    createReview(store).setVisibility({ incidentId: ids.shooting, field: 'persons.0.name', visibility: 'private' }, LOCAL_EDITOR);
    compare();
  });

  it('reads the store again only when the generation moved, and shares one selection across pages', () => {
    const counted = countingRows(store);
    const search = createSearchCache(counted.store);
    search(page, ANONYMOUS);
    search({ limit: 1, offset: 1 }, ANONYMOUS);
    search({ ...page, filters: { state: ['TX'] } }, LOCAL_EDITOR);
    expect(counted.reads()).toBe(1);
    store.saveIncident(makeIncident('inc_new', { date: '2025-05-02', state: 'AZ' }), []);
    const after = search(page, ANONYMOUS);
    expect(counted.reads()).toBe(2);
    expect(after.items.map((i) => i.id)).toContain('inc_new');
  });

  it('hands out the same frozen page for the same page of the same query until the store changes', () => {
    const search = createSearchCache(store);
    const first = search(page, ANONYMOUS);
    expect(Object.isFrozen(first)).toBe(true);
    expect(search({ ...page }, ANONYMOUS)).toBe(first);
    expect(search({ limit: 1, offset: 0 }, ANONYMOUS)).not.toBe(first);
    expect(search(page, LOCAL_EDITOR)).not.toBe(first);
    store.saveIncident(makeIncident('inc_newer', { date: '2025-05-03', state: 'AZ' }), []);
    const after = search(page, ANONYMOUS);
    expect(after).not.toBe(first);
    expect(after.items.map((i) => i.id)).toContain('inc_newer');
  });

  it('shows a review correction, a new incident and a newly private incident on the very next search', () => {
    const search = createSearchCache(store);
    expect(search(page, ANONYMOUS).items.find((i) => i.id === ids.shooting)?.review).toBe('unreviewed');
    createReview(store).decideClaim({ incidentId: ids.shooting, claimId: ids.awayClaim, verdict: 'corrected', value: 'reversing' }, LOCAL_EDITOR);
    expect(search(page, ANONYMOUS).items.find((i) => i.id === ids.shooting)?.review).toBe('corrected');
    store.saveIncident(makeIncident('inc_late', { date: '2025-06-01', state: 'NM' }), []);
    expect(search(page, ANONYMOUS).total).toBe(3);
    createReview(store).setVisibility({ incidentId: ids.stop, field: null, visibility: 'private' }, LOCAL_EDITOR);
    const anonymous = search(page, ANONYMOUS);
    expect(anonymous.items.map((i) => i.id)).not.toContain(ids.stop);
    expect(anonymous.facets.state.map((f) => f.value)).not.toContain('TX');
  });

  it('never hands a private viewer\'s result to an anonymous one, in either order', () => {
    createReview(store).setVisibility({ incidentId: ids.stop, field: null, visibility: 'private' }, LOCAL_EDITOR);
    createReview(store).setVisibility({ incidentId: ids.shooting, field: 'persons.0.name', visibility: 'private' }, LOCAL_EDITOR);
    const search = createSearchCache(store);
    expect(search(page, LOCAL_EDITOR).items.map((i) => i.id)).toContain(ids.stop);
    const anonymous = search(page, ANONYMOUS);
    expect(anonymous.items.map((i) => i.id)).toEqual([ids.shooting]);
    expect(JSON.stringify(anonymous)).not.toContain('Jo Morrow');
    expect(JSON.stringify(anonymous)).not.toContain('Laredo');
    const reversed = createSearchCache(store);
    expect(reversed(page, ANONYMOUS).total).toBe(1);
    expect(reversed(page, LOCAL_EDITOR).total).toBe(2);
    expect(reversed(page, LOCAL_EDITOR).items.map((i) => i.subject)).toContain('Jo Morrow');
  });

  it('sees a write made through another connection to the same database (another process, a worker, the CLI)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-cache-'));
    const path = join(dir, 'shared.db');
    const reader = openStore(path);
    const writer = openStore(path);
    try {
      seedReviewStore(writer);
      const search = createSearchCache(reader);
      expect(search(page, ANONYMOUS).total).toBe(2);
      writer.saveIncident(makeIncident('inc_elsewhere', { date: '2025-07-04', state: 'CA' }), []);
      expect(search(page, ANONYMOUS).items.map((i) => i.id)).toContain('inc_elsewhere');
    } finally {
      reader.close();
      writer.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keys a selection by what changes it, not by paging or the order of filter values', () => {
    const key = (q: IncidentQuery, canSeePrivate = false) => selectionKey(q, canSeePrivate);
    expect(key({ limit: 5, offset: 10, filters: { state: ['TX', 'IL'] } })).toBe(key({ limit: 50, offset: 0, filters: { state: ['IL', 'TX', 'IL'] } }));
    expect(key({ ...page, sort: 'date_desc' })).toBe(key(page));
    expect(key(page, true)).not.toBe(key(page, false));
    expect(key({ ...page, q: 'warehouse' })).not.toBe(key(page));
    expect(key({ ...page, filters: { state: ['TX'] } })).not.toBe(key({ ...page, filters: { agency: ['TX'] } }));
  });
});
