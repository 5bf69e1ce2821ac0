import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { ClaimRecord } from '../../src/domain/records.js';
import { makeClaim, makeDraft, makeIncident, makeVersion } from '../../src/store/storeFixtures.js';
import type { Store } from '../../src/store/Store.js';
import { ROWS_PER_INCIDENT_LIMIT } from '../../src/store/postgres/migrations/007_search_by_incident.js';
import { openPostgresStore } from '../../src/store/postgres/openPostgresStore.js';
import { useEmbeddedPostgres } from './useEmbeddedPostgres.js';

const server = useEmbeddedPostgres();
let store: Store;
let client: pg.Client;

beforeEach(async () => {
  const url = await server().createDatabase();
  store = openPostgresStore(url);
  client = new pg.Client({ connectionString: url });
  await client.connect();
});

afterEach(async () => {
  store.close();
  await client.end();
});

// A word no fixture sentence has: put into the stored vector by the test, it survives an append
// (the stored vector is kept and added to) and disappears in a full rebuild (read from the rows).
const MARKER = 'zzqmarker';

interface Stored {
  /** Each row's words, one entry per position, sorted: the same whatever numbers the rows got. */
  rows: string | null;
  rowCount: number | null;
  byteCount: number | null;
  marked: boolean;
}

async function readStored(incidentId: string): Promise<Stored> {
  const result = await client.query<{ rows: string | null; row_count: number | null; byte_count: string | null; marked: boolean | null }>(
    `SELECT s.row_count, s.byte_count, s.search @@ '${MARKER}'::tsquery AS marked,
       CASE WHEN s.search IS NULL THEN NULL ELSE coalesce((
         SELECT string_agg(words, ' | ' ORDER BY words) FROM (
           SELECT string_agg(u.lexeme, ' ' ORDER BY u.lexeme) AS words
           FROM unnest(ts_delete(s.search, '${MARKER}')) u, unnest(u.positions) p GROUP BY p) per_row), '') END AS rows
     FROM incident_search s WHERE s.incident_id = $1`,
    [incidentId],
  );
  const [row] = result.rows;
  if (!row) throw new Error(`incident ${incidentId} has no search row`);
  return { rows: row.rows, rowCount: row.row_count, byteCount: row.byte_count === null ? null : Number(row.byte_count), marked: row.marked === true };
}

async function markStored(incidentId: string): Promise<void> {
  await client.query(`UPDATE incident_search SET search = search || '${MARKER}:1'::tsvector WHERE incident_id = $1`, [incidentId]);
}

/** What the vector is after the transaction, then what migration 007's rebuild makes of the same rows. */
async function compareWithRebuild(incidentId: string): Promise<{ stored: Stored; rebuilt: Stored }> {
  const stored = await readStored(incidentId);
  await client.query(`SELECT parallax_refresh_incident_search($1)`, [incidentId]);
  return { stored, rebuilt: await readStored(incidentId) };
}

const documentText = (n: number): string =>
  [
    `Title: Report ${n}`,
    '',
    n % 2 === 0 ? `A grey van waited near the harbour gate on day ${n}.` : `Witnesses at the pier described a grey van on day ${n}.`,
    `The harbour office issued statement number ${n}.`,
  ].join('\n');

describe('incident search vectors grown by appending (PostgreSQL, migration 012)', () => {
  it('appends each document to the stored vector, equal row for row to a full rebuild, and rebuilds after a delete', async () => {
    const incidentId = 'inc_growing';
    let claims: ClaimRecord[] = [];
    for (let n = 1; n <= 6; n += 1) {
      const version = makeVersion(documentText(n));
      const sentences = version.text.split('\n').slice(2);
      store.insertVersion(version);
      claims = [...claims, ...sentences.map((s) => makeClaim(incidentId, version, s, { value: `account ${n}` }))];
      store.transaction(() => {
        store.saveIncident(makeIncident(incidentId, { date: '2025-03-01' }), claims);
        store.replaceDrafts(version.id, [makeDraft(version, incidentId)]);
      }, 'keyed');
      const { stored, rebuilt } = await compareWithRebuild(incidentId);
      expect(stored.rows).toEqual(rebuilt.rows);
      expect(stored.rowCount).toBe(n * 3); // two claims and one version per document
      expect([stored.rowCount, stored.byteCount]).toEqual([rebuilt.rowCount, rebuilt.byteCount]);
      // The first document founds the incident (rebuilt); every later one is appended.
      expect(stored.marked).toBe(n > 1);
      await markStored(incidentId);
    }
    // "grey" and "harbour" are in several rows; "grey van" shares one, "pier gate" never does.
    expect(store.searchIncidentIds('grey van')).toEqual([incidentId]);
    expect(store.searchIncidentIds('harbour statement')).toEqual([incidentId]);
    expect(store.searchIncidentIds('pier gate')).toEqual([]);
    expect(store.searchIncidentIds('pier')).toEqual([incidentId]);
    expect(store.searchIncidentIds('gate')).toEqual([incidentId]);
    expect(store.searchIncidentIds('account 5 pier')).toEqual([incidentId]);
    expect(store.searchIncidentIds('account 4 pier')).toEqual([]);

    // A rebuild that drops a claim takes the full path: the marker is gone.
    const dropped = claims.find((c) => c.text.includes('pier') && c.value === 'account 5')!;
    store.transaction(() => store.saveIncident(makeIncident(incidentId, { date: '2025-03-01' }), claims.filter((c) => c !== dropped)), 'keyed');
    const { stored, rebuilt } = await compareWithRebuild(incidentId);
    expect(stored.marked).toBe(false);
    expect(stored.rows).toEqual(rebuilt.rows);
    expect(stored.rowCount).toBe(6 * 3 - 1);
    expect(store.searchIncidentIds('account 5 pier')).toEqual([]);
    expect(store.searchIncidentIds('account 3 pier')).toEqual([incidentId]);
  });

  it('moves an incident past the row limit by appending, to a NULL vector as a rebuild would, and keeps counting', async () => {
    const incidentId = 'inc_wide';
    const first = makeVersion(documentText(1));
    store.insertVersion(first);
    store.saveIncident(makeIncident(incidentId), [makeClaim(incidentId, first, first.text.split('\n')[2]!)]);
    await markStored(incidentId);
    const lines = Array.from({ length: ROWS_PER_INCIDENT_LIMIT }, (_, n) => `Entry ${n} was logged.`);
    const wide = makeVersion(`Title: Log\n\n${lines.join('\n')}`);
    store.insertVersion(wide);
    const claims = [makeClaim(incidentId, first, first.text.split('\n')[2]!), ...lines.map((s) => makeClaim(incidentId, wide, s))];
    store.transaction(() => store.saveIncident(makeIncident(incidentId), claims), 'keyed');
    const { stored, rebuilt } = await compareWithRebuild(incidentId);
    expect(stored.rows).toBeNull();
    expect(rebuilt.rows).toBeNull();
    expect([stored.rowCount, stored.byteCount]).toEqual([rebuilt.rowCount, rebuilt.byteCount]);
    expect(stored.rowCount).toBe(ROWS_PER_INCIDENT_LIMIT + 1);
    // Searched row by row past the limit: still one claim's words only.
    expect(store.searchIncidentIds('entry 7 logged')).toEqual([incidentId]);
    expect(store.searchIncidentIds('entry grey')).toEqual([]);
  });

  it('rebuilds both incidents when a claim moves from one to the other', async () => {
    const version = makeVersion(documentText(2));
    const [van, office] = version.text.split('\n').slice(2) as [string, string];
    store.insertVersion(version);
    store.saveIncident(makeIncident('inc_one'), [makeClaim('inc_one', version, van), makeClaim('inc_one', version, office)]);
    store.saveIncident(makeIncident('inc_two'), []);
    await markStored('inc_one');
    await markStored('inc_two');
    const moved = makeClaim('inc_one', version, office);
    // The same claim row changes incident (an update), then the first incident lets it go.
    store.transaction(() => {
      store.saveIncident(makeIncident('inc_two'), [{ ...moved, incidentId: 'inc_two' }]);
      store.saveIncident(makeIncident('inc_one'), [makeClaim('inc_one', version, van)]);
    });
    for (const id of ['inc_one', 'inc_two']) {
      const { stored, rebuilt } = await compareWithRebuild(id);
      expect(stored.rows).toEqual(rebuilt.rows);
      expect(stored.rowCount).toBe(1);
      expect(stored.marked).toBe(false);
    }
    expect(store.searchIncidentIds('harbour office')).toEqual(['inc_two']);
  });
});
