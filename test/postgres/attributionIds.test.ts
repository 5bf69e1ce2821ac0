import { describe, expect, it } from 'vitest';
import { makeAttribution, makeVersion } from '../../src/store/storeFixtures.js';
import { openPostgresStore } from '../../src/store/postgres/openPostgresStore.js';
import { useEmbeddedPostgres } from './useEmbeddedPostgres.js';

const server = useEmbeddedPostgres();

const TEXT = 'Title: Pier inspection\n\n"The gate was locked," the harbour master said. "We had a warrant," an officer said. "They came at dawn," a fisherman said.';

describe('attributions (PostgreSQL)', () => {
  it('lists the ids of a version’s attributions in their stored order, as listAttributions gives them, also inside a keyed transaction', async () => {
    const store = openPostgresStore(await server().createDatabase());
    try {
      const version = makeVersion(TEXT);
      store.insertVersion(version);
      const given = ['"They came at dawn,"', '"The gate was locked,"', '"We had a warrant,"'].map((q) => makeAttribution(version, q));
      store.replaceAttributions(version.id, given);
      expect(store.listAttributionIds?.(version.id)).toEqual(given.map((a) => a.id));
      expect(store.listAttributionIds?.(version.id)).toEqual(store.listAttributions(version.id).map((a) => a.id));
      // In an ingest's keyed transaction the replacement waits for the next statement: the read sees it.
      store.transaction(() => {
        store.replaceAttributions(version.id, given.slice(1));
        expect(store.listAttributionIds?.(version.id)).toEqual(given.slice(1).map((a) => a.id));
      }, 'keyed');
      expect(store.listAttributionIds?.(version.id)).toEqual(given.slice(1).map((a) => a.id));
      expect(store.listAttributionIds?.('ver_unknown')).toEqual([]);
    } finally {
      store.close();
    }
  });
});
