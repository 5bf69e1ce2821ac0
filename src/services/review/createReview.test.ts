import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isParallaxError } from '../../lib/errors.js';
import { openStore } from '../../store/openStore.js';
import type { Store } from '../../store/Store.js';
import { createReadModel } from '../queries/createReadModel.js';
import { createReview } from './createReview.js';
import { BROTHER, seedReviewStore } from './reviewFixtures.js';
import { ANONYMOUS, LOCAL_EDITOR } from './viewer.js';

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
  } catch (err) {
    return isParallaxError(err) ? err.code : 'not a ParallaxError';
  }
  return null;
}

describe('review', () => {
  let store: Store;
  let ids: ReturnType<typeof seedReviewStore>;
  let clock = 0;
  const review = () => createReview(store, { now: () => `2025-05-01T00:00:0${clock++}.000Z` });
  beforeEach(() => {
    store = openStore(':memory:');
    ids = seedReviewStore(store);
    clock = 0;
  });
  afterEach(() => store.close());

  it('corrects a claim, keeps the original, and logs who changed what', () => {
    review().decideClaim({ incidentId: ids.shooting, claimId: ids.towardClaim, verdict: 'corrected', value: 'reversed toward officers' }, LOCAL_EDITOR);
    const seen = createReadModel(store).getIncident(ids.shooting, ANONYMOUS);
    expect(seen?.incident.claims.find((c) => c.id === ids.towardClaim)?.value).toBe('reversed toward officers');
    expect(seen?.review.decisions[0]).toMatchObject({ original: 'toward officers', actor: 'local', verdict: 'corrected' });
    expect(seen?.review.status).toBe('corrected');
    expect(seen?.audit.map((e) => [e.action, e.before, e.after])).toEqual([
      ['correct_claim', 'toward officers', { verdict: 'corrected', value: 'reversed toward officers' }],
    ]);
    // The machine's claim is untouched underneath: a rebuild cannot lose the human decision.
    expect(store.listClaims(ids.shooting).find((c) => c.id === ids.towardClaim)?.value).toBe('toward officers');
  });

  it('logs the previous correction as "before" when a correction is corrected again', () => {
    const r = review();
    r.decideField({ incidentId: ids.shooting, field: 'persons.0.age', verdict: 'corrected', value: 30 }, LOCAL_EDITOR);
    r.decideField({ incidentId: ids.shooting, field: 'persons.0.age', verdict: 'corrected', value: 31 }, LOCAL_EDITOR);
    const audit = store.listAudit(ids.shooting);
    expect(audit.map((e) => e.before)).toEqual([29, 30]);
    expect(createReadModel(store).getIncident(ids.shooting, ANONYMOUS)?.incident.persons[0].age).toBe(31);
  });

  it('moves a reassigned quote to its new speaker\'s side', () => {
    review().reassignSpeaker({ incidentId: ids.shooting, claimId: ids.towardClaim, speaker: BROTHER }, LOCAL_EDITOR);
    const claim = createReadModel(store).getIncident(ids.shooting, ANONYMOUS)?.incident.claims.find((c) => c.id === ids.towardClaim);
    expect(claim?.speaker?.name).toBe(BROTHER.name);
    expect(claim?.side).toBe('family');
    expect(store.listAudit(ids.shooting)[0].action).toBe('reassign_speaker');
  });

  it('withholds a private field from anonymous viewers only', () => {
    review().setVisibility({ incidentId: ids.shooting, field: 'persons.0.name', visibility: 'private' }, LOCAL_EDITOR);
    const model = createReadModel(store);
    const anonymous = JSON.stringify(model.getIncident(ids.shooting, ANONYMOUS));
    expect(anonymous).not.toContain('Jo Morrow');
    expect(JSON.stringify(model.getIncident(ids.shooting, LOCAL_EDITOR))).toContain('Jo Morrow');
    expect(JSON.stringify(model.searchIncidents({ limit: 10, offset: 0 }, ANONYMOUS))).not.toContain('Jo Morrow');
  });

  it('hides a private incident from anonymous lists and pages', () => {
    review().setVisibility({ incidentId: ids.stop, field: null, visibility: 'private' }, LOCAL_EDITOR);
    const model = createReadModel(store);
    expect(model.getIncident(ids.stop, ANONYMOUS)).toBeNull();
    expect(model.searchIncidents({ limit: 10, offset: 0 }, ANONYMOUS).items.map((i) => i.id)).toEqual([ids.shooting]);
    expect(model.searchIncidents({ limit: 10, offset: 0 }, LOCAL_EDITOR).total).toBe(2);
    expect(store.listAudit(ids.stop)[0]).toMatchObject({ action: 'set_visibility', before: { visibility: 'published' }, after: { visibility: 'private' } });
  });

  it('refuses anonymous changes, unknown claims and fields, and corrections without a value', () => {
    const r = review();
    expect(codeOf(() => r.decideClaim({ incidentId: ids.shooting, claimId: ids.awayClaim, verdict: 'confirmed' }, ANONYMOUS))).toBe('forbidden');
    expect(codeOf(() => r.decideClaim({ incidentId: ids.shooting, claimId: 'clm_nope', verdict: 'confirmed' }, LOCAL_EDITOR))).toBe('not_found');
    expect(codeOf(() => r.decideField({ incidentId: ids.shooting, field: 'persons.4.age', verdict: 'confirmed' }, LOCAL_EDITOR))).toBe('not_found');
    expect(codeOf(() => r.decideClaim({ incidentId: ids.shooting, claimId: ids.awayClaim, verdict: 'corrected' }, LOCAL_EDITOR))).toBe('bad_argument');
    expect(store.listAudit(ids.shooting)).toEqual([]);
  });
});
