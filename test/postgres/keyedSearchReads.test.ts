import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { makeClaim, makeDraft, makeIncident, makeVersion } from '../../src/store/storeFixtures.js';
import { openPostgresStore } from '../../src/store/postgres/openPostgresStore.js';
import { genericPlanOf } from './genericPlanOf.js';
import { useEmbeddedPostgres } from './useEmbeddedPostgres.js';

const server = useEmbeddedPostgres();

const textOf = (n: number): string => `Title: Canal notice ${n}\n\nThe lock keeper opened gate ${n} at dawn. "It rained for ${n} hours," a boatman said.`;

/** The generic plan (a function's cached one) of a search function's statement, its argument `target` as $1. */
async function planOfFunction(client: pg.Client, name: string, target: string): Promise<string> {
  const { rows } = await client.query<{ prosrc: string }>(`SELECT prosrc FROM pg_proc WHERE proname = $1`, [name]);
  expect(rows).toHaveLength(1);
  return genericPlanOf(client, rows[0].prosrc.replace(/\btarget\b/g, '$1'), target);
}

// Migration 013: an incident's search vector, rebuilt or appended to at commit, reads the versions
// of its drafts by key. Joined, in a store whose statistics lag its growth (every ingest's), the
// planner hashed the whole of document_versions for every commit.
describe('incident search functions’ reads of versions (PostgreSQL, migration 013)', () => {
  it('look versions up by key, and index the same rows as before', async () => {
    const url = await server().createDatabase();
    const store = openPostgresStore(url);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const incident = makeIncident('inc_canal');
      const versions = Array.from({ length: 120 }, (_, n) => makeVersion(textOf(n)));
      store.transaction(() => {
        store.saveIncident(incident, []);
        for (const [n, version] of versions.entries()) {
          store.insertVersion(version);
          store.replaceDrafts(version.id, [makeDraft(version, n % 40 === 7 ? incident.id : null)]);
        }
      });
      for (const name of ['parallax_refresh_incident_search', 'parallax_append_incident_search']) {
        const plan = await planOfFunction(client, name, incident.id);
        expect(plan).toMatch(/document_versions_pkey/);
        expect(plan).not.toMatch(/Seq Scan on document_versions/);
      }
      // A document's draft and a claim appended in one transaction, then the whole incident rebuilt:
      // words match together only within one row (the claim's, or one version's).
      const added = makeVersion(textOf(500));
      store.transaction(() => {
        store.insertVersion(added);
        store.replaceDrafts(added.id, [makeDraft(added, incident.id)]);
        store.saveIncident(incident, [makeClaim(incident.id, added, 'The lock keeper opened gate 500 at dawn.')]);
      });
      const appended = await client.query<{ row_count: number; search: string }>(`SELECT row_count, search::text FROM incident_search WHERE incident_id = $1`, [incident.id]);
      await client.query(`SELECT parallax_refresh_incident_search($1)`, [incident.id]);
      const rebuilt = await client.query<{ row_count: number }>(`SELECT row_count FROM incident_search WHERE incident_id = $1`, [incident.id]);
      // 3 drafts, then a 4th draft and 1 claim.
      expect(appended.rows[0].row_count).toBe(5);
      expect(rebuilt.rows[0].row_count).toBe(5);
      const ids = (q: string): string[] => store.transaction(() => store.searchIncidentIds(q), 'keyed');
      expect(ids('drove keeper')).toEqual([incident.id]);
      expect(ids('rained 500')).toEqual([incident.id]);
      expect(ids('boatman 47')).toEqual([incident.id]);
      expect(ids('drove boatman')).toEqual([]);
      expect(ids('rained 8')).toEqual([]);
    } finally {
      store.close();
      await client.end();
    }
  });
});
