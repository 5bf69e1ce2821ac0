import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeIncident } from '../storeFixtures.js';
import { SEARCH_COUNT_CAP, type Store } from '../Store.js';
import { openSqliteStore } from './openSqliteStore.js';
import { expectedListOrder, seedSearchIncidents } from '../searchFixtures.js';

let store: Store;

beforeEach(() => {
  store = openSqliteStore(':memory:');
});

afterEach(() => store.close());

describe('listIncidents with a search (SQLite)', () => {
  it('pages matches in list order, dates newest first, undated last, ties by id', () => {
    seedSearchIncidents(store, 300);
    const everyRare = store.searchIncidentIds('waved');
    expect(everyRare).toHaveLength(100);
    const order = expectedListOrder(store, everyRare);
    const pages = [0, 30, 60, 90].map((offset) => store.listIncidents({ q: 'waved', limit: 30, offset }));
    expect(pages.flatMap((p) => p.items.map((i) => i.id))).toEqual(order);
    for (const page of pages) {
      expect(page.total).toBe(100);
      expect(page.totalIsLowerBound ?? false).toBe(false);
    }
  });

  it('stops counting at the cap and says the total is a lower bound', () => {
    seedSearchIncidents(store, Math.ceil(SEARCH_COUNT_CAP * 1.6)); // two thirds of them hold the common words: more than the cap
    const page = store.listIncidents({ q: 'grey van', limit: 50, offset: 0 });
    expect(page.totalIsLowerBound).toBe(true);
    expect(page.total).toBe(SEARCH_COUNT_CAP);
    expect(page.items.map((i) => i.id)).toEqual(expectedListOrder(store, store.searchIncidentIds('grey van')).slice(0, 50));
    // A page beyond the cap still comes back, and the total is never below what was paged through.
    const far = store.listIncidents({ q: 'grey van', limit: 10, offset: SEARCH_COUNT_CAP });
    expect(far.items).toHaveLength(10);
    expect(far.total).toBeGreaterThanOrEqual(SEARCH_COUNT_CAP + 10);
  });

  it('follows an incident that changes date, and forgets a deleted one', () => {
    seedSearchIncidents(store, 30);
    const [first] = store.listIncidents({ q: 'waved', limit: 1, offset: 0 }).items;
    const last = expectedListOrder(store, store.searchIncidentIds('waved')).filter((id) => store.getIncident(id)!.date !== null).at(-1)!;
    store.saveIncident(makeIncident(last, { date: '2026-01-01' }), store.listClaims(last));
    expect(store.listIncidents({ q: 'waved', limit: 1, offset: 0 }).items[0].id).toBe(last);
    store.deleteIncident(last);
    expect(store.listIncidents({ q: 'waved', limit: 1, offset: 0 }).items[0].id).toBe(first.id);
  });
});
