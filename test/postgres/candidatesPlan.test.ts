import { describe, expect, it } from 'vitest';
import { makeIncident } from '../../src/store/storeFixtures.js';
import { assemblePostgresStore } from '../../src/store/postgres/assemblePostgresStore.js';
import { BY_KEYS } from '../../src/store/postgres/incidents.js';
import { openConnection } from '../../src/store/postgres/openConnection.js';
import { openPostgresStore } from '../../src/store/postgres/openPostgresStore.js';
import { incidentBlockingKeys } from '../../src/store/rows/blockingKeys.js';
import { useEmbeddedPostgres } from './useEmbeddedPostgres.js';

const server = useEmbeddedPostgres();

const SUBJECTS = ['Robin Castell', 'Dana Whitlow', 'Ines Marrow', 'Tobias Fenwick'];
const CITIES = ['Springfield', 'Dayton', 'Salem'];

// Incident placement asks for the candidates of every new document: the planner, left to choose,
// planned the query afresh each time. Inside a transaction (every ingest) it now runs on its generic
// plan, the setting scoped to that query; the candidates are the same.
describe('incident candidates by blocking key (PostgreSQL)', () => {
  it('run on the generic plan inside a transaction, leave the plan setting as it was, and find what the planner’s own choice finds', () => {
    return server()
      .createDatabase()
      .then((url) => {
        openPostgresStore(url).close();
        const db = openConnection(url);
        const store = assemblePostgresStore(db);
        try {
          const incidents = Array.from({ length: 24 }, (_, n) =>
            makeIncident(`inc_${n}`, {
              date: n % 5 === 0 ? null : `2025-03-${String(1 + (n % 28)).padStart(2, '0')}`,
              city: CITIES[n % CITIES.length],
              persons: [{ name: SUBJECTS[n % SUBJECTS.length], age: 30, role: 'subject', outcome: 'injured', injuries: null }],
            }),
          );
          store.transaction(() => incidents.forEach((incident) => store.saveIncident(incident, [])));
          const asks = incidents.slice(0, 8).map((incident, n) => ({
            window: n % 2 ? { from: '2025-03-01', to: '2025-03-12' } : { from: null, to: null },
            keys: incidentBlockingKeys(incident),
          }));
          // Outside a transaction: the planner's own choice (a custom plan at least for the first five).
          const custom = asks.map((a) => store.findIncidentCandidates(a.window, a.keys).map((c) => c.id));
          expect(custom.every((ids) => ids.length > 0)).toBe(true);
          const generic = store.transaction(() => {
            const found = asks.map((a) => store.findIncidentCandidates(a.window, a.keys).map((c) => c.id));
            // The setting went back once the query had run, within the same transaction.
            expect(db.query<{ mode: string }>(`SELECT current_setting('plan_cache_mode') AS mode`)[0].mode).toBe('auto');
            return found;
          }, 'keyed');
          expect(generic).toEqual(custom);
          const [plans] = db.query<{ generic_plans: number; custom_plans: number }>(
            `SELECT generic_plans::int AS generic_plans, custom_plans::int AS custom_plans FROM pg_prepared_statements WHERE statement = $1`,
            [BY_KEYS],
          );
          // Named from its second use: the seven runs inside the transaction all generic.
          expect(plans.generic_plans).toBeGreaterThanOrEqual(7);
        } finally {
          store.close();
        }
      });
  });
});
