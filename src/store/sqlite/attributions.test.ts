import { describe, expect, it } from 'vitest';
import { makeAttribution, makeVersion } from '../storeFixtures.js';
import { openSqliteStore } from './openSqliteStore.js';

const TEXT = 'Title: Depot raid\n\n"We knocked twice," the sergeant said. "Nobody answered," a clerk said. "The door was open," a neighbour said.';

describe('attributions (SQLite)', () => {
  it('lists the ids of a version’s attributions in their stored order, as listAttributions gives them', () => {
    const store = openSqliteStore(':memory:');
    const version = makeVersion(TEXT);
    store.insertVersion(version);
    const given = ['"The door was open,"', '"We knocked twice,"', '"Nobody answered,"'].map((q) => makeAttribution(version, q));
    store.replaceAttributions(version.id, given);
    expect(store.listAttributionIds?.(version.id)).toEqual(given.map((a) => a.id));
    expect(store.listAttributionIds?.(version.id)).toEqual(store.listAttributions(version.id).map((a) => a.id));
    store.replaceAttributions(version.id, given.slice(1));
    expect(store.listAttributionIds?.(version.id)).toEqual(given.slice(1).map((a) => a.id));
    expect(store.listAttributionIds?.('ver_unknown')).toEqual([]);
    store.close();
  });
});
