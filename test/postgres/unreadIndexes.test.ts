import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/postgres/migrations.js';
import { openPostgresStore } from '../../src/store/postgres/openPostgresStore.js';
import { makeAttribution, makeClaim, makeIncident, makeVersion } from '../../src/store/storeFixtures.js';
import { useEmbeddedPostgres } from './useEmbeddedPostgres.js';

const server = useEmbeddedPostgres();

// Migration 015's indexes, which no query of the store reads.
const DROPPED = ['attributions_speaker', 'claims_facet', 'claims_side', 'document_versions_url', 'incidents_state_city'];

async function indexNames(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(`SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema() ORDER BY 1`);
    return rows.map((r) => r.name);
  } finally {
    await client.end();
  }
}

const TEXT = 'Agents stopped a van on Elm Street. "He reversed toward us," an agency spokeswoman said. The driver\'s lawyer said he was backing away.';

describe('migration 015: the PostgreSQL indexes no query reads', () => {
  it('drops them from a store written at version 14, whose rows and reads stay as they were', async () => {
    const url = await server().createDatabase();
    const old = openPostgresStore(url, { migrations: MIGRATIONS.slice(0, 14) });
    const version = makeVersion(TEXT, { url: 'https://news.example/van' });
    const attribution = makeAttribution(version, '"He reversed toward us,"', { speaker: { name: 'Mara Quill', affiliation: 'DHS', role: 'official' } });
    const claim = makeClaim('inc_elm', version, 'The driver\'s lawyer said he was backing away.', { speaker: { name: 'Mara Quill', affiliation: 'DHS', role: 'official' }, side: 'officials' });
    try {
      old.insertVersion(version);
      old.replaceAttributions(version.id, [attribution]);
      old.saveIncident(makeIncident('inc_elm', { city: 'Springfield', state: 'IL' }), [claim]);
    } finally {
      old.close();
    }
    const before = await indexNames(url);
    expect(before).toEqual(expect.arrayContaining(DROPPED));

    // Up to 015 only: migration 016 drops two more (unreadSearchIndexes.test.ts).
    const store = openPostgresStore(url, { migrations: MIGRATIONS.slice(0, 15) });
    try {
      const after = await indexNames(url);
      expect(after.filter((name) => DROPPED.includes(name))).toEqual([]);
      // Only those five went; the indexes the store's queries read (claims by speaker among them) stay.
      expect(after).toEqual(before.filter((name) => !DROPPED.includes(name)));
      expect(after).toContain('claims_speaker');
      expect(store.getVersion(version.id)?.url).toBe('https://news.example/van');
      expect(store.listAttributions(version.id).map((a) => a.speaker?.name)).toEqual(['Mara Quill']);
      expect(store.listClaims('inc_elm').map((c) => [c.side, c.facet])).toEqual([['officials', 'vehicle_movement']]);
      expect(store.listClaimsBySpeaker('Mara Quill').map((row) => row.claim.id)).toEqual([claim.id]);
      expect(store.getIncident('inc_elm')?.city).toBe('Springfield');
    } finally {
      store.close();
    }
  });
});
