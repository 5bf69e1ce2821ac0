import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeClaim, makeDraft, makeIncident, makeVersion } from '../../src/store/storeFixtures.js';
import { SEARCH_COUNT_CAP, type Store } from '../../src/store/Store.js';
import { ROWS_PER_INCIDENT_LIMIT } from '../../src/store/postgres/migrations/007_search_by_incident.js';
import { MIGRATIONS } from '../../src/store/postgres/migrations.js';
import { openPostgresStore } from '../../src/store/postgres/openPostgresStore.js';
import pg from 'pg';
import { useEmbeddedPostgres } from './useEmbeddedPostgres.js';
import { COMMON_SENTENCE, expectedListOrder, RARE_SENTENCE, SEARCH_TEXT, seedSearchIncidents } from '../../src/store/searchFixtures.js';

const server = useEmbeddedPostgres();
let store: Store;
let url: string;

beforeEach(async () => {
  url = await server().createDatabase();
  store = openPostgresStore(url);
});

afterEach(() => store.close());

const ids = (q: string): string[] => store.listIncidents({ q, limit: 100, offset: 0 }).items.map((i) => i.id);

describe('listIncidents with a search (PostgreSQL)', () => {
  it('pages matches in list order, dates newest first, undated last, ties by id', () => {
    seedSearchIncidents(store, 300);
    const everyRare = store.searchIncidentIds('waved');
    expect(everyRare).toHaveLength(100);
    const pages = [0, 30, 60, 90].map((offset) => store.listIncidents({ q: 'waved', limit: 30, offset }));
    expect(pages.flatMap((p) => p.items.map((i) => i.id))).toEqual(expectedListOrder(store, everyRare));
    for (const page of pages) {
      expect(page.total).toBe(100);
      expect(page.totalIsLowerBound ?? false).toBe(false);
    }
    expect(store.listIncidents({ q: 'waved', limit: 30, offset: 200 })).toEqual({ total: 100, items: [] });
  });

  it('stops counting at the cap, says the total is a lower bound, and still pages in order', () => {
    seedSearchIncidents(store, Math.ceil(SEARCH_COUNT_CAP * 1.6));
    const every = expectedListOrder(store, store.searchIncidentIds('grey van'));
    expect(every.length).toBeGreaterThan(SEARCH_COUNT_CAP);
    const page = store.listIncidents({ q: 'grey van', limit: 50, offset: 0 });
    expect(page.totalIsLowerBound).toBe(true);
    expect(page.total).toBe(SEARCH_COUNT_CAP);
    expect(page.items.map((i) => i.id)).toEqual(every.slice(0, 50));
    const far = store.listIncidents({ q: 'grey van', limit: 10, offset: SEARCH_COUNT_CAP });
    expect(far.items.map((i) => i.id)).toEqual(every.slice(SEARCH_COUNT_CAP, SEARCH_COUNT_CAP + 10));
    expect(far.total).toBeGreaterThanOrEqual(SEARCH_COUNT_CAP + 10);
    // One word: every match is collected and sorted rather than walked; the same answers.
    const one = store.listIncidents({ q: 'grey', limit: 50, offset: 0 });
    expect(one).toMatchObject({ total: SEARCH_COUNT_CAP, totalIsLowerBound: true });
    expect(one.items.map((i) => i.id)).toEqual(every.slice(0, 50));
    expect(store.listIncidents({ q: 'grey', limit: 10, offset: SEARCH_COUNT_CAP }).items.map((i) => i.id)).toEqual(far.items.map((i) => i.id));
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

  it('requires every word in one claim or one document, however many rows the incident has', () => {
    const split = ['Officers saw a grey sedan.', 'The sedan stopped by the harbour.', "They didn't stop."];
    const filler = Array.from({ length: ROWS_PER_INCIDENT_LIMIT + 5 }, (_, n) => `Note ${n} was filed.`);
    const claimed = makeVersion(`Title: Log\n\n${[...split, ...filler].join(' ')}`);
    const version = makeVersion('Title: Notes\n\nThe crew left at dawn.');
    store.insertVersion(claimed);
    store.insertVersion(version);
    store.transaction(() => {
      store.saveIncident(makeIncident('inc_small', { date: '2025-02-01' }), split.map((s) => makeClaim('inc_small', claimed, s)));
      store.saveIncident(makeIncident('inc_wide', { date: '2025-01-01' }), [...filler, ...split].map((s) => makeClaim('inc_wide', claimed, s)));
    });
    // Both words are in the incident, never in one claim.
    expect(store.listIncidents({ q: 'grey harbour', limit: 10, offset: 0 })).toEqual({ total: 0, items: [] });
    expect(ids('sedan harbour')).toEqual(['inc_small', 'inc_wide']);
    // The ids a search matches (for facets) follow the same rule.
    expect(store.searchIncidentIds('grey harbour')).toEqual([]);
    expect(store.searchIncidentIds('sedan harbour').sort()).toEqual(['inc_small', 'inc_wide']);
    expect(store.searchIncidentIds("didn't grey")).toEqual([]);
    expect(ids('stop* grey')).toEqual([]);
    expect(ids("didn't")).toEqual(['inc_small', 'inc_wide']);
    expect(ids("didn't grey")).toEqual([]);
    // Document words count too: "dawn" and "crew" are in the version text, no claim has them.
    expect(ids('crew dawn')).toEqual([]);
    store.replaceDrafts(version.id, [makeDraft(version, 'inc_wide')]);
    expect(ids('crew dawn')).toEqual(['inc_wide']);
  });

  it('sees, inside a transaction, what the transaction wrote', () => {
    const version = makeVersion(SEARCH_TEXT);
    store.insertVersion(version);
    const found = store.transaction(() => {
      store.saveIncident(makeIncident('inc_new'), [makeClaim('inc_new', version, RARE_SENTENCE)]);
      const inside = ids('waved');
      store.saveIncident(makeIncident('inc_new'), [makeClaim('inc_new', version, COMMON_SENTENCE)]);
      return { inside, after: ids('waved') };
    });
    expect(found).toEqual({ inside: ['inc_new'], after: [] });
    expect(ids('grey van')).toEqual(['inc_new']);
  });

  it('indexes what a database held before migration 007, and searches the rows until then', async () => {
    store.close();
    const before = MIGRATIONS.filter((m) => m.version < 7);
    const older = await server().createDatabase();
    store = openPostgresStore(older, { migrations: before });
    seedSearchIncidents(store, 450); // more than one chunk
    store.close();
    store = openPostgresStore(older);
    const client = new pg.Client({ connectionString: older });
    await client.connect();
    try {
      const counted = await client.query<{ n: number; stale: boolean }>(
        `SELECT (SELECT count(*)::int FROM incident_search WHERE search IS NOT NULL) AS n, EXISTS (SELECT 1 FROM parallax_meta WHERE key = 'incident_search') AS stale`,
      );
      expect(counted.rows[0]).toEqual({ n: 450, stale: false });
      const order = expectedListOrder(store, store.searchIncidentIds('waved'));
      expect(ids('waved')).toEqual(order.slice(0, 100));
      // Marked stale again (as between the migration and the end of indexing), search reads the rows.
      await client.query(`INSERT INTO parallax_meta (key, value) VALUES ('incident_search', 'stale')`);
      await client.query(`UPDATE incident_search SET search = ''`);
      expect(ids('waved')).toEqual(order.slice(0, 100));
    } finally {
      await client.end();
    }
  });
});
