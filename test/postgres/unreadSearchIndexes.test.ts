import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/postgres/migrations.js';
import { openPostgresStore } from '../../src/store/postgres/openPostgresStore.js';
import type { Store } from '../../src/store/Store.js';
import { makeClaim, makeDraft, makeIncident, makeVersion } from '../../src/store/storeFixtures.js';
import { useEmbeddedPostgres } from './useEmbeddedPostgres.js';

const server = useEmbeddedPostgres();

// Migration 016's indexes: the claims' and the versions' word vectors, which searches no longer read by word.
const DROPPED = ['claims_search', 'document_versions_search'];

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const indexNames = (url: string): Promise<string[]> =>
  withClient(url, async (client) => (await client.query<{ name: string }>(`SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema() ORDER BY 1`)).rows.map((r) => r.name));

// Invented coverage: one incident found by a claim's words, one by its document's words only.
const HARBOR_TEXT = 'Title: Harbor stop\n\nAgents boarded a fishing trawler at dawn. The captain said the crew surrendered their phones.';
const CANAL_TEXT = 'Title: Canal arrest\n\nA deputy tackled a cyclist beside the canal lock. Neighbours described a loud struggle.';

// Every query the search rules take: a claim's word, a version's word only, a phrase within one claim,
// a prefix, words of two different rows of one incident (no match), and a word nowhere.
const QUERIES = ['trawler', 'phones', '"captain said"', 'canal', 'cycl*', 'trawler cyclist', 'struggle', 'helicopter'];

function searches(store: Store): Record<string, { ids: string[]; page: string[]; total: number }> {
  return Object.fromEntries(
    QUERIES.map((q) => {
      const page = store.listIncidents({ q, limit: 50, offset: 0 });
      return [q, { ids: store.searchIncidentIds(q), page: page.items.map((i) => i.id), total: page.total }];
    }),
  );
}

describe('migration 016: the GIN indexes of the claims\' and the versions\' word vectors', () => {
  it('drops them from a store written at version 15; every search answers as before, by the incident vectors and by the rows', async () => {
    const url = await server().createDatabase();
    const harbor = makeVersion(HARBOR_TEXT);
    const canal = makeVersion(CANAL_TEXT);
    const old = openPostgresStore(url, { migrations: MIGRATIONS.slice(0, 15) });
    let before: ReturnType<typeof searches>;
    try {
      old.transaction(() => {
        old.insertVersion(harbor);
        old.insertVersion(canal);
        old.replaceDrafts(harbor.id, [makeDraft(harbor, 'inc_harbor')]);
        old.replaceDrafts(canal.id, [makeDraft(canal, 'inc_canal')]);
        old.saveIncident(makeIncident('inc_harbor'), [makeClaim('inc_harbor', harbor, 'Agents boarded a fishing trawler at dawn.'), makeClaim('inc_harbor', harbor, 'The captain said the crew surrendered their phones.')]);
        old.saveIncident(makeIncident('inc_canal', { date: '2025-03-02' }), []);
      });
      before = searches(old);
    } finally {
      old.close();
    }
    expect(await indexNames(url)).toEqual(expect.arrayContaining(DROPPED));
    // The answers the rules give, so that "as before" is not "empty before and after".
    expect(before.trawler.ids).toEqual(['inc_harbor']);
    expect(before.canal.ids).toEqual(['inc_canal']);
    expect(before['cycl*'].ids).toEqual(['inc_canal']);
    expect(before['"captain said"'].ids).toEqual(['inc_harbor']);
    expect(before['trawler cyclist'].ids).toEqual([]);
    expect(before.helicopter.total).toBe(0);

    const indexesBefore = await indexNames(url);
    const store = openPostgresStore(url);
    try {
      expect(await indexNames(url)).toEqual(indexesBefore.filter((name) => !DROPPED.includes(name)));
      expect(searches(store)).toEqual(before);
      // While a store upgraded from before migration 007 is still being indexed, searches check the
      // rows themselves (matchingIncidentIds): the same answers without the indexes.
      await withClient(url, (client) => client.query(`INSERT INTO parallax_meta (key, value) VALUES ('incident_search', '1')`));
      expect(searches(store)).toEqual(before);
    } finally {
      store.close();
    }
  });
});
