import { describe, expect, it } from 'vitest';
import { describeText } from './testing/describeText.js';
import { extractIncidents } from './extractIncidents.js';
import { findAdvocacyVoice } from './findAdvocacyVoice.js';

describe('findAdvocacyVoice', () => {
  it('speaks an advocacy group\'s page as the group, on the others\' side', () => {
    expect(findAdvocacyVoice({ outlet: 'Frontera Rights Coalition Force Tracker' })).toEqual({ name: 'Frontera Rights Coalition', affiliation: 'Frontera Rights Coalition', role: 'other' });
    expect(findAdvocacyVoice({ outlet: 'Arizona Desert Ledger' })).toBeNull();
  });

  it('gives the group, not the outlet, the claims its own sentences make', () => {
    const { doc, analysis, attributions } = describeText('TUCSON — An ICE officer shot Rubén Castellanos Ortiz, 34, on March 9. He has not been charged with any crime.', '2026-03-20');
    const tracker = { ...doc, metadata: { ...doc.metadata, outlet: 'Frontera Rights Coalition Force Tracker' } };
    const claims = extractIncidents(tracker, analysis, attributions).find((d) => d.primary)!.claims;
    expect(claims.find((c) => c.facet === 'criminal_charge')?.speaker?.name).toBe('Frontera Rights Coalition');
  });
});
