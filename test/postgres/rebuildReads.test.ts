import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { makeAttribution, makeDraft, makeIncident, makeVersion } from '../../src/store/storeFixtures.js';
import { DRAFTS_FOR_INCIDENT, IDS_FOR_INCIDENT } from '../../src/store/postgres/drafts.js';
import { openPostgresStore } from '../../src/store/postgres/openPostgresStore.js';
import { genericPlanOf } from './genericPlanOf.js';
import { useEmbeddedPostgres } from './useEmbeddedPostgres.js';

const server = useEmbeddedPostgres();

// Every version a different incident-free document; one incident gathers three of them.
const textOf = (n: number): string => `Title: Harbour report ${n}\n\n"The ferry left at ${n}," a deckhand said. "We waited ${n} minutes," a driver said.`;


// An incident's rebuild reads its drafts and their versions' attribution ids. In a store whose
// statistics lag its growth (every ingest into a fresh or fast-growing one), joins were planned as
// hashes of the whole of document_versions and attributions: a cost per article that grew with the store.
describe('an incident rebuild’s reads (PostgreSQL)', () => {
  it('look versions and attributions up by key, and give the drafts and ids a join would', async () => {
    const url = await server().createDatabase();
    const store = openPostgresStore(url);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const incident = makeIncident('inc_harbour');
      const versions = Array.from({ length: 120 }, (_, n) => makeVersion(textOf(n)));
      store.transaction(() => {
        store.saveIncident(incident, []);
        for (const [n, version] of versions.entries()) {
          store.insertVersion(version);
          store.replaceAttributions(version.id, n === 7 ? [] : [makeAttribution(version, `"The ferry left at ${n},"`), makeAttribution(version, `"We waited ${n} minutes,"`)]);
          store.replaceDrafts(version.id, [makeDraft(version, n % 40 === 7 ? incident.id : null)]);
        }
      });
      for (const sql of [DRAFTS_FOR_INCIDENT, IDS_FOR_INCIDENT]) {
        const plan = await genericPlanOf(client, sql, incident.id);
        expect(plan).not.toMatch(/Seq Scan on (document_versions|attributions)/);
      }
      const members = [7, 47, 87].map((n) => versions[n]);
      // Same drafts, in the order of their versions (equal dates), and each version's ids in order; one has none.
      expect(store.transaction(() => store.listDraftsForIncident(incident.id).map((d) => d.versionId), 'keyed')).toEqual(members.map((v) => v.id));
      const { rows } = await client.query<{ version_id: string; ids: string[] }>(IDS_FOR_INCIDENT, [incident.id]);
      const ids = new Map(rows.map((r) => [r.version_id, r.ids]));
      expect(members.map((v) => ids.get(v.id))).toEqual(members.map((v) => store.listAttributions(v.id).map((a) => a.id)));
      expect(ids.get(versions[7].id)).toEqual([]);
    } finally {
      store.close();
      await client.end();
    }
  });
});
