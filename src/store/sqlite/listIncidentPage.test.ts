import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeClaim, makeIncident, makeVersion } from '../storeFixtures.js';
import { SEARCH_COUNT_CAP, type Store } from '../Store.js';
import { openSqliteStore } from './openSqliteStore.js';

// Sentences written for this test; every incident's claim holds the common word, every third the rare one.
const TEXT = 'Title: Night stop\n\nAgents stopped a grey van near the river. Witnesses said the driver waved.';
const COMMON = 'Agents stopped a grey van near the river.';
const RARE = 'Witnesses said the driver waved.';

let store: Store;

beforeEach(() => {
  store = openSqliteStore(':memory:');
});

afterEach(() => store.close());

// `count` incidents over 40 days (several per day, some undated), each with one claim.
function seed(count: number): void {
  const version = makeVersion(TEXT);
  store.insertVersion(version);
  store.transaction(() => {
    for (let n = 0; n < count; n++) {
      const id = `inc_${String(n).padStart(5, '0')}`;
      const date = n % 17 === 0 ? null : `2025-05-${String(1 + (n % 28)).padStart(2, '0')}`;
      const sentence = n % 3 === 0 ? RARE : COMMON;
      store.saveIncident(makeIncident(id, { date, datePrecision: date ? 'day' : 'unknown' }), [makeClaim(id, version, sentence)]);
    }
  });
}

// The list order the store promises, computed here from the incidents themselves.
function expectedOrder(ids: readonly string[]): string[] {
  const rows = ids.map((id) => store.getIncident(id)!);
  return rows
    .sort((a, b) => (a.date === null) !== (b.date === null) ? (a.date === null ? 1 : -1) : a.date !== b.date ? (a.date! < b.date! ? 1 : -1) : a.id < b.id ? -1 : 1)
    .map((r) => r.id);
}

describe('listIncidents with a search (SQLite)', () => {
  it('pages matches in list order, dates newest first, undated last, ties by id', () => {
    seed(300);
    const everyRare = store.searchIncidentIds('waved');
    expect(everyRare).toHaveLength(100);
    const order = expectedOrder(everyRare);
    const pages = [0, 30, 60, 90].map((offset) => store.listIncidents({ q: 'waved', limit: 30, offset }));
    expect(pages.flatMap((p) => p.items.map((i) => i.id))).toEqual(order);
    for (const page of pages) {
      expect(page.total).toBe(100);
      expect(page.totalIsLowerBound ?? false).toBe(false);
    }
  });

  it('stops counting at the cap and says the total is a lower bound', () => {
    seed(Math.ceil(SEARCH_COUNT_CAP * 1.6)); // two thirds of them hold the common words: more than the cap
    const page = store.listIncidents({ q: 'grey van', limit: 50, offset: 0 });
    expect(page.totalIsLowerBound).toBe(true);
    expect(page.total).toBe(SEARCH_COUNT_CAP);
    expect(page.items.map((i) => i.id)).toEqual(expectedOrder(store.searchIncidentIds('grey van')).slice(0, 50));
    // A page beyond the cap still comes back, and the total is never below what was paged through.
    const far = store.listIncidents({ q: 'grey van', limit: 10, offset: SEARCH_COUNT_CAP });
    expect(far.items).toHaveLength(10);
    expect(far.total).toBeGreaterThanOrEqual(SEARCH_COUNT_CAP + 10);
  });

  it('follows an incident that changes date, and forgets a deleted one', () => {
    seed(30);
    const [first] = store.listIncidents({ q: 'waved', limit: 1, offset: 0 }).items;
    const last = expectedOrder(store.searchIncidentIds('waved')).filter((id) => store.getIncident(id)!.date !== null).at(-1)!;
    store.saveIncident(makeIncident(last, { date: '2026-01-01' }), store.listClaims(last));
    expect(store.listIncidents({ q: 'waved', limit: 1, offset: 0 }).items[0].id).toBe(last);
    store.deleteIncident(last);
    expect(store.listIncidents({ q: 'waved', limit: 1, offset: 0 }).items[0].id).toBe(first.id);
  });
});
