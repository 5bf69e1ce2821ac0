import { describe, expect, it } from 'vitest';
import type { ExportedContested } from '../../../domain/exportContract.js';
import { mapFacet, scoreGoldContested, speakersOf } from './scoreGoldContested.js';

const facets = [
  { id: 'vehicle_movement', label: 'vehicle movement', aliases: ['what the vehicle did'] },
  { id: 'criminal_charge', label: 'criminal charge', aliases: ['charges'] },
];

describe('scoreGoldContested', () => {
  it('reads the speakers from the parenthesised list', () => {
    expect(speakersOf('drove at agents (CBP / Dana Whitlock; criminal complaint)')).toEqual(['CBP', 'Dana Whitlock', 'criminal complaint']);
    expect(speakersOf('was leaving (Ana Ruiz’s lawyer Sam Cole, 03, 05)')).toEqual(['Ana Ruiz’s lawyer Sam Cole']);
  });

  it('maps facet names by label, alias or word overlap', () => {
    expect(mapFacet('Vehicle movement', facets)).toBe('vehicle_movement');
    expect(mapFacet('the criminal charges', facets)).toBe('criminal_charge');
    expect(mapFacet('wound location', facets)).toBeNull();
  });

  it('needs the right speakers on both sides', () => {
    const reported: ExportedContested[] = [{
      facet: 'vehicle_movement', label: 'vehicle movement', positions: [
        { stance: 'toward', summary: '', side: 'officials', claimIds: ['c1'], speakers: ['Dana Whitlock'] },
        { stance: 'away', summary: '', side: 'subject', claimIds: ['c2'], speakers: ['attorneys for Ana Ruiz'] },
      ],
    }];
    const gold = [
      { facet: 'vehicle movement', official: 'toward agents (Dana Whitlock)', other: 'leaving (attorneys)' },
      { facet: 'criminal charge', official: 'assault (U.S. Attorney Lee Park)', other: 'pretext (attorneys)' },
    ];
    const [vehicle, charge] = scoreGoldContested(gold, reported, facets);
    expect(vehicle).toMatchObject({ facetId: 'vehicle_movement', officialSide: true, otherSide: true, ok: true });
    expect(charge).toMatchObject({ facetId: 'criminal_charge', reported: false, ok: false });
  });
});
