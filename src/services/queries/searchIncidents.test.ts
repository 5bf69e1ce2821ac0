import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../store/openStore.js';
import type { Store } from '../../store/Store.js';
import { createReview } from '../review/createReview.js';
import { seedReviewStore } from '../review/reviewFixtures.js';
import { ANONYMOUS, LOCAL_EDITOR } from '../review/viewer.js';
import { searchIncidents, weekOf } from './searchIncidents.js';

describe('searchIncidents', () => {
  let store: Store;
  let ids: ReturnType<typeof seedReviewStore>;
  beforeEach(() => {
    store = openStore(':memory:');
    ids = seedReviewStore(store);
  });
  afterEach(() => store.close());

  const page = { limit: 10, offset: 0 };

  it('counts each facet over the incidents matching the other filters', () => {
    const all = searchIncidents(store, page, ANONYMOUS);
    expect(all.total).toBe(2);
    expect(all.facets.state).toEqual([{ value: 'IL', count: 1 }, { value: 'TX', count: 1 }]);
    const texas = searchIncidents(store, { ...page, filters: { state: ['TX'] } }, ANONYMOUS);
    expect(texas.items.map((i) => i.id)).toEqual([ids.stop]);
    // The state facet still offers Illinois, so a reader can widen the choice.
    expect(texas.facets.state.map((f) => f.value)).toEqual(['IL', 'TX']);
    expect(texas.facets.contested).toEqual([{ value: 'no', count: 1 }]);
    // Neither incident has coordinates: both sit at their state's centre, marked approximate.
    expect(all.points.map((p) => [p.id, p.approximate, p.count])).toEqual([[ids.stop, true, 1], [ids.shooting, true, 1]]);
  });

  it('tells a subject no document names from a withheld name', () => {
    const stop = store.getIncident(ids.stop)!;
    store.saveIncident({ ...stop, persons: [{ ...stop.persons[0], name: null, outcome: 'killed' }] }, store.listClaims(ids.stop));
    createReview(store).setVisibility({ incidentId: ids.shooting, field: 'persons.0.name', visibility: 'private' }, LOCAL_EDITOR);
    const byId = new Map(searchIncidents(store, page, ANONYMOUS).items.map((i) => [i.id, i]));
    expect([byId.get(ids.stop)?.subject, byId.get(ids.stop)?.subjectNamed, byId.get(ids.stop)?.outcome]).toEqual([null, false, 'killed']);
    expect([byId.get(ids.shooting)?.subject, byId.get(ids.shooting)?.subjectNamed]).toEqual([null, true]);
    expect(searchIncidents(store, page, LOCAL_EDITOR).items.find((i) => i.id === ids.shooting)?.subject).toBe('Jo Morrow');
  });

  it('combines search, tracker rules, sorting and paging', () => {
    expect(searchIncidents(store, { ...page, q: 'warehouse' }, ANONYMOUS).items.map((i) => i.id)).toEqual([ids.stop]);
    expect(searchIncidents(store, { ...page, tracker: 'shots-struck' }, ANONYMOUS).items.map((i) => i.id)).toEqual([ids.shooting]);
    expect(searchIncidents(store, { ...page, tracker: 'any-discharge-gunpoint-less-lethal' }, ANONYMOUS).total).toBe(2);
    expect(searchIncidents(store, { ...page, sort: 'date_asc' }, ANONYMOUS).items.map((i) => i.id)).toEqual([ids.shooting, ids.stop]);
    const second = searchIncidents(store, { limit: 1, offset: 1 }, ANONYMOUS);
    expect([second.total, second.items.length]).toEqual([2, 1]);
    expect(() => searchIncidents(store, { ...page, tracker: 'nope' }, ANONYMOUS)).toThrow(/No saved filter/);
  });

  it('reports review status and weekly counts', () => {
    createReview(store).decideClaim({ incidentId: ids.shooting, claimId: ids.awayClaim, verdict: 'confirmed' }, LOCAL_EDITOR);
    const result = searchIncidents(store, { ...page, filters: { review: ['confirmed'] } }, ANONYMOUS);
    expect(result.items.map((i) => [i.id, i.review])).toEqual([[ids.shooting, 'confirmed']]);
    expect(result.weeks).toEqual([{ value: weekOf('2025-03-01'), count: 1 }]);
    expect(weekOf('2025-03-05')).toBe('2025-03-03');
  });
});
