import { describe, expect, it } from 'vitest';
import type { ExportedContested } from '../../../domain/exportContract.js';
import { mapFacet, mapFacets, scoreGoldContested, speakersOf } from './scoreGoldContested.js';

const facets = [
  { id: 'vehicle_movement', label: 'vehicle movement', aliases: ['what the vehicle did'] },
  { id: 'criminal_charge', label: 'criminal charge', aliases: ['charges'] },
];

describe('scoreGoldContested', () => {
  it('reads the speakers from the parenthesised list', () => {
    expect(speakersOf('drove at agents (CBP / Dana Whitlock; criminal complaint)')).toEqual(['CBP', 'Dana Whitlock', 'criminal complaint']);
    expect(speakersOf('was leaving (Ana Ruiz’s lawyer Sam Cole, 03, 05)')).toEqual(['Ana Ruiz’s lawyer Sam Cole']);
    expect(speakersOf('none seen (Lee Park, 02); untrue (Ida Moss, 05)')).toEqual(['Lee Park', 'Ida Moss']);
    expect(speakersOf('one shot (CBP first statement, 01); two (later CBP statement, 03)')).toEqual(['CBP', 'CBP']);
  });

  it('maps facet names by label, alias or word overlap', () => {
    expect(mapFacet('Vehicle movement', facets)).toBe('vehicle_movement');
    expect(mapFacet('the criminal charges', facets)).toBe('criminal_charge');
    expect(mapFacet('wound location', facets)).toBeNull();
    expect(mapFacets('what the vehicle did / charges', facets)).toEqual(['vehicle_movement', 'criminal_charge']);
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

  it('credits a revision within the state camp, but never two speakers who agree', () => {
    const point = (stances: [string, string]): ExportedContested[] => [{
      facet: 'vehicle_movement', label: 'vehicle movement', positions: [
        { stance: stances[0], summary: '', side: 'officials', claimIds: ['c1'], speakers: ['Department of Homeland Security'] },
        { stance: stances[1], summary: '', side: 'documents', claimIds: ['c2'], speakers: ['FBI affidavit'] },
      ],
    }];
    const gold = [{ facet: 'vehicle movement', official: 'drove at agents (DHS, 01)', other: 'drove away (FBI affidavit, 04)' }];
    expect(scoreGoldContested(gold, point(['toward', 'away']), facets)[0].ok).toBe(true);
    expect(scoreGoldContested(gold, point(['toward', 'toward']), facets)[0].ok).toBe(false);
  });

  it('matches a side that names nobody only with a point marking that camp as silent', () => {
    const voiced = { stance: 'unexplained', summary: '', side: 'family' as const, claimIds: ['c1'], speakers: ['Ana Ruiz'] };
    const unanswered = (camp: 'state' | 'other'): ExportedContested[] => [
      { facet: 'vehicle_movement', label: 'vehicle movement', kind: 'unanswered', silent: { camp, summary: '', claimIds: [] }, positions: [voiced] },
    ];
    const conflict: ExportedContested[] = [{ facet: 'vehicle_movement', label: 'vehicle movement', kind: 'conflict', positions: [voiced, { ...voiced, side: 'officials', stance: 'toward', speakers: ['CBP'] }] }];
    const gold = [{ facet: 'vehicle movement', official: 'not stated by CBP', other: 'nobody explained (Ana Ruiz, 03)' }];
    expect(scoreGoldContested(gold, unanswered('state'), facets)[0]).toMatchObject({ officialSide: true, otherSide: true, ok: true });
    // The wrong camp silent, or no silence at all, does not stand in for the nameless side.
    expect(scoreGoldContested(gold, unanswered('other'), facets)[0]).toMatchObject({ officialSide: false, ok: false });
    expect(scoreGoldContested(gold, conflict, facets)[0].ok).toBe(false);
    // The voiced side must still be the gold's own speaker.
    const stranger = [{ facet: 'vehicle movement', official: 'not addressed', other: 'held incommunicado (Lee Moss)' }];
    expect(scoreGoldContested(stranger, unanswered('state'), facets)[0]).toMatchObject({ officialSide: true, otherSide: false, ok: false });
  });
});
