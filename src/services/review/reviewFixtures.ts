import type { Store } from '../../store/Store.js';
import { makeClaim, makeDraft, makeIncident, makeVersion } from '../../store/storeFixtures.js';

/* Invented sentences and people for review and read-model tests. */

export const STATEMENT = 'The agency said the car moved toward the officers. Her brother, Kai Morrow, said she was driving away.';
export const OTHER_REPORT = 'Agents held a delivery driver at gunpoint outside a warehouse, a coworker said.';

export const OFFICIAL = { name: 'Avery Quill', affiliation: 'Department of Examples', role: 'official' as const };
export const BROTHER = { name: 'Kai Morrow', affiliation: null, role: 'family' as const };

/** Two incidents: a contested shooting with two claims, and a gunpoint stop with none. */
export function seedReviewStore(store: Store): { shooting: string; stop: string; towardClaim: string; awayClaim: string } {
  const v1 = makeVersion(STATEMENT, { published: '2025-03-02' });
  const v2 = makeVersion(OTHER_REPORT, { published: '2025-04-20' });
  store.insertVersion(v1);
  store.insertVersion(v2);
  store.replaceDrafts(v1.id, [makeDraft(v1, 'inc_shooting')]);
  store.replaceDrafts(v2.id, [makeDraft(v2, 'inc_stop')]);
  const toward = makeClaim('inc_shooting', v1, 'the car moved toward the officers', { speaker: OFFICIAL, side: 'officials', value: 'toward officers', stance: 'toward_officers' });
  const away = makeClaim('inc_shooting', v1, 'she was driving away', { speaker: BROTHER, side: 'family', value: 'driving away', stance: 'away_from_officers' });
  const contested = [{ facet: 'vehicle_movement', positions: [
    { stance: 'toward_officers', summary: 'toward officers', side: 'officials' as const, claimIds: [toward.id], speakers: [OFFICIAL.name] },
    { stance: 'away_from_officers', summary: 'driving away', side: 'family' as const, claimIds: [away.id], speakers: [BROTHER.name] },
  ] }];
  store.saveIncident(
    makeIncident('inc_shooting', { date: '2025-03-01', state: 'IL', force: ['firearm'], persons: [{ name: 'Jo Morrow', age: 29, role: 'subject', outcome: 'injured', injuries: 'leg' }], contested }),
    [toward, away],
  );
  store.saveIncident(
    makeIncident('inc_stop', { date: '2025-04-19', state: 'TX', city: 'Laredo', agencies: ['cbp'], force: ['gunpoint'], persons: [{ name: 'Sam Reyes', age: null, role: 'subject', outcome: 'uninjured', injuries: null }] }),
    [],
  );
  return { shooting: 'inc_shooting', stop: 'inc_stop', towardClaim: toward.id, awayClaim: away.id };
}
