import { describe, expect, it } from 'vitest';
import { makeAttribution, makeDraft, makeIncident, makeVersion } from '../../src/store/storeFixtures.js';
import { openPostgresStore } from '../../src/store/postgres/openPostgresStore.js';
import { useEmbeddedPostgres } from './useEmbeddedPostgres.js';

const server = useEmbeddedPostgres();

const FIRST = 'Title: Ferry dock\n\n"The ramp was up," a deckhand said. "Nobody ran," the captain said.';
const SECOND = 'Title: Ferry dock, later\n\n"We saw two vans," a passenger said. "The lights were off," a cook said.';

// listDraftsForIncident reads the attribution ids of the incident's documents in the same round
// trip, for the rebuild that asks them next; what it keeps must always be what a read would give.
describe('attribution ids read with an incident’s drafts (PostgreSQL)', () => {
  it('answers as a fresh read would, inside the transaction that read them, after a replacement, and after the transaction', async () => {
    const store = openPostgresStore(await server().createDatabase());
    try {
      const first = makeVersion(FIRST);
      const second = makeVersion(SECOND);
      const incident = makeIncident('inc_ferry');
      const firstQuotes = ['"Nobody ran,"', '"The ramp was up,"'].map((q) => makeAttribution(first, q));
      const secondQuotes = ['"We saw two vans,"', '"The lights were off,"'].map((q) => makeAttribution(second, q));
      store.transaction(() => {
        store.insertVersion(first);
        store.insertVersion(second);
        store.replaceAttributions(first.id, firstQuotes);
        store.replaceAttributions(second.id, secondQuotes);
        store.saveIncident(incident, []);
        store.replaceDrafts(first.id, [makeDraft(first, incident.id)]);
        store.replaceDrafts(second.id, [makeDraft(second, incident.id)]);
      });
      const fresh = (versionId: string): string[] => store.listAttributions(versionId).map((a) => a.id);
      store.transaction(() => {
        expect(store.listDraftsForIncident(incident.id).map((d) => d.versionId).sort()).toEqual([first.id, second.id].sort());
        expect(store.listAttributionIds?.(first.id)).toEqual(firstQuotes.map((a) => a.id));
        expect(store.listAttributionIds?.(second.id)).toEqual(fresh(second.id));
        // A version outside the incident is read, not taken for one without attributions.
        expect(store.listAttributionIds?.('ver_elsewhere')).toEqual([]);
        // A replacement in the same transaction is what the next answer shows.
        store.replaceAttributions(second.id, secondQuotes.slice(1));
        expect(store.listAttributionIds?.(second.id)).toEqual(secondQuotes.slice(1).map((a) => a.id));
      }, 'keyed');
      // A change made after that transaction by another writer is seen: nothing outlives it.
      store.replaceAttributions(first.id, firstQuotes.slice(1));
      expect(store.listAttributionIds?.(first.id)).toEqual(firstQuotes.slice(1).map((a) => a.id));
      store.transaction(() => {
        store.listDraftsForIncident(incident.id);
        store.replaceAttributions(first.id, []);
        expect(store.listAttributionIds?.(first.id)).toEqual([]);
      }, 'keyed');
      expect(fresh(first.id)).toEqual([]);
    } finally {
      store.close();
    }
  });
});
