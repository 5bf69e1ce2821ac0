import { describe, expect, it } from 'vitest';
import type { Role } from '../../domain/roles.js';
import { sideOfRole } from '../../domain/roles.js';
import type { ComparableClaim } from './compareClaims.js';
import { compareClaims } from './compareClaims.js';
import { findAgreements } from './findAgreements.js';

let n = 0;
function claim(facet: string, stance: string, speaker: [string, Role] | null, documentId = 'doc_a', published: string | null = '2025-05-02'): ComparableClaim {
  n++;
  return {
    id: `clm_${String(n).padStart(3, '0')}`,
    incidentId: 'inc_1',
    versionId: `ver_${documentId}`,
    documentId,
    facet,
    value: stance,
    stance,
    text: 'a sentence',
    start: n * 10,
    end: n * 10 + 5,
    speaker: speaker ? { name: speaker[0], affiliation: null, role: speaker[1] } : null,
    side: speaker ? sideOfRole(speaker[1]) : ('outlet' as const),
    attributionId: null,
    stage: 'extract@1',
    published,
  };
}

describe('compareClaims', () => {
  it('sets "no reason given" against a reason the state gives, not against the family\'s own account', () => {
    const family = claim('reason_for_approach', 'warning_or_helping', ['Lena Ortiz', 'family']);
    const complaint = { ...claim('reason_for_approach', 'unexplained', ['Tom Hale', 'elected_official']), text: 'The agency has never explained why it stopped him.' };
    // Same side of the dispute: no conflict, and the state's stated silence makes it an unanswered point.
    const [point] = compareClaims([family, complaint]);
    expect([point?.facet, point?.kind, point?.silent?.camp]).toEqual(['reason_for_approach', 'unanswered', 'state']);
    expect(point.positions.map((p) => p.stance).sort()).toEqual(['unexplained', 'warning_or_helping']);
    // The state giving a reason makes both a dispute with it.
    const [conflict] = compareClaims([family, complaint, claim('reason_for_approach', 'targeted_or_interfering', ['Border agency', 'official'])]);
    expect([conflict?.facet, conflict?.kind]).toEqual(['reason_for_approach', 'conflict']);
    expect(conflict.positions.map((p) => p.stance).sort()).toEqual(['targeted_or_interfering', 'unexplained', 'warning_or_helping']);
  });

  it('reports a sworn filing against the agency, and an agency revising itself, in time order', () => {
    const claims = [
      claim('shots_fired', '2', ['FBI affidavit', 'court_filing'], 'doc_c', '2025-05-09'),
      claim('shots_fired', '1', ['Border agency', 'official'], 'doc_a', '2025-05-02'),
    ];
    const [point] = compareClaims(claims);
    expect(point?.facet).toBe('shots_fired');
    expect(point.positions.map((p) => p.stance).sort()).toEqual(['1', '2']);
    const revision = [
      claim('weapon_alleged', 'armed', ['Border agency', 'official'], 'doc_d', '2025-06-02'),
      claim('weapon_alleged', 'unarmed', ['Border agency', 'official'], 'doc_a', '2025-05-02'),
    ];
    // Alone, one voice contradicting itself is not a dispute; reported by an outlet too, it is shown.
    expect(compareClaims(revision)).toEqual([]);
    const [revised] = compareClaims([...revision, claim('weapon_alleged', 'armed', null, 'doc_e', '2025-06-03')]);
    expect(revised.facet).toBe('weapon_alleged');
    const official = revised.positions.filter((p) => p.side === 'officials');
    // The first account before its revision, whatever the vocabulary's order of stances.
    expect(official.map((p) => p.stance)).toEqual(['unarmed', 'armed']);
  });

  it('finds nothing contested when only the outlets disagree on a stance facet', () => {
    const claims = [claim('weapon_alleged', 'armed', null, 'doc_a'), claim('weapon_alleged', 'unarmed', null, 'doc_b')];
    expect(compareClaims(claims)).toEqual([]);
  });

  it('reports a facet on which the state and the other camp take different stances', () => {
    const claims = [
      claim('vehicle_movement', 'away_from_officers', ['Rosa Diaz', 'subject_counsel'], 'doc_b', '2025-05-03'),
      claim('vehicle_movement', 'toward_officers', ['Border agency', 'official']),
      claim('vehicle_movement', 'toward_officers', ['Sam Park', 'official'], 'doc_c', '2025-05-01'),
    ];
    const [point] = compareClaims(claims);
    expect(point.facet).toBe('vehicle_movement');
    expect(point.positions.map((p) => [p.side, p.stance])).toEqual([
      ['officials', 'toward_officers'],
      ['subject', 'away_from_officers'],
    ]);
    // Speakers in time order: the earlier document first.
    expect(point.positions[0].speakers).toEqual(['Sam Park', 'Border agency']);
    expect(point.positions[0].claimIds).toHaveLength(2);
    expect(point.positions[1].summary).toContain('Rosa Diaz');
  });

  it('sets what a video shows against the agency, and never the outlet against its own footage', () => {
    const filmed = { ...claim('weapon_alleged', 'unarmed', null, 'doc_b', '2025-05-03'), side: 'footage' as const };
    const claims = [claim('weapon_alleged', 'armed', ['Border agency', 'official']), filmed];
    const [point] = compareClaims(claims);
    expect(point.positions.map((p) => [p.side, p.stance, p.speakers])).toEqual([
      ['officials', 'armed', ['Border agency']],
      ['footage', 'unarmed', []],
    ]);
    expect(point.positions[1].summary).toContain('video, as the outlet describes it');
    // The outlet's own sentence against what its video shows is no dispute between voices.
    expect(compareClaims([claim('weapon_alleged', 'armed', null, 'doc_a'), filmed])).toEqual([]);
  });

  it('does not contest a facet on which only one camp disagrees with the outlet', () => {
    const claims = [claim('criminal_charge', 'charged', null), claim('criminal_charge', 'pretext_or_dropped', ['Rosa Diaz', 'subject_counsel'])];
    expect(compareClaims(claims)).toEqual([]);
  });

  it('does not contest a facet when both camps agree', () => {
    const claims = [claim('footage', 'none', ['Sam Park', 'official']), claim('footage', 'none', ['Lee Moss', 'witness'])];
    expect(compareClaims(claims)).toEqual([]);
  });

  it('contests a value facet when documents give different values, whoever gives them', () => {
    const claims = [claim('age', '24', null, 'doc_a'), claim('age', '25', null, 'doc_b')];
    expect(compareClaims(claims).map((p) => p.facet)).toEqual(['age']);
    expect(compareClaims([claim('age', '24', null, 'doc_a'), claim('age', '25', null, 'doc_a')])).toEqual([]);
  });

  it('is deterministic whatever the input order', () => {
    const claims = [
      claim('officer_conduct', 'restrained', ['Sam Park', 'official']),
      claim('vehicle_movement', 'toward_officers', ['Sam Park', 'official']),
      claim('officer_conduct', 'aggressive', ['Lee Moss', 'witness']),
      claim('vehicle_movement', 'away_from_officers', ['Lee Moss', 'witness']),
    ];
    expect(compareClaims([...claims].reverse())).toEqual(compareClaims(claims));
    expect(compareClaims(claims).map((p) => p.facet)).toEqual(['vehicle_movement', 'officer_conduct']);
  });
});

describe('findAgreements', () => {
  it('finds independent sides that corroborate each other, not the state echoing itself', () => {
    const claims = [
      claim('shots_fired', '2', ['Sam Park', 'official']),
      claim('shots_fired', '2', ['Lee Moss', 'witness']),
      claim('flight_after_shooting', 'fled', ['Sam Park', 'official']),
      claim('flight_after_shooting', 'fled', ['Ana Cruz', 'prosecutor']),
    ];
    const agreements = findAgreements(claims);
    expect(agreements.map((a) => a.facet)).toEqual(['shots_fired']);
    expect(agreements[0].positions.map((p) => p.side)).toEqual(['officials', 'witnesses']);
  });
});

describe('findAgreements with reported speech', () => {
  it('does not take what a relative reports officials told her for the officials corroborating her', () => {
    const outer = { ...claim('treatment_in_custody', 'held_without_contact', ['Rosa Diaz', 'family']), start: 0, end: 60 };
    const inner = { ...claim('treatment_in_custody', 'held_without_contact', ['officials', 'official']), start: 30, end: 60 };
    expect(findAgreements([outer, inner])).toEqual([]);
    // Said by the officials in a document of their own, it is a corroboration.
    const own = { ...inner, versionId: 'ver_doc_b', documentId: 'doc_b' };
    expect(findAgreements([outer, own]).map((a) => a.facet)).toEqual(['treatment_in_custody']);
  });
});

describe('compareClaims: two bodies of one side (stop 45)', () => {
  it('contests a facet on which an agency and a sheriff’s office disagree, not one where a spokesperson and her agency do', () => {
    const agency = claim('weapon_alleged', 'armed', ['Border agency', 'official']);
    const sheriff = claim('weapon_alleged', 'unarmed', ['County Sheriff', 'official']);
    expect(compareClaims([agency, sheriff]).map((p) => [p.facet, p.kind])).toEqual([['weapon_alleged', 'conflict']]);
    const spokesperson = { ...claim('weapon_alleged', 'unarmed', ['Ana Ruiz', 'official']), speaker: { name: 'Ana Ruiz', affiliation: 'Border agency', role: 'official' as const } };
    expect(compareClaims([agency, spokesperson]).filter((p) => p.kind === 'conflict')).toEqual([]);
  });
});

describe('compareClaims: ages of different people (stop 65)', () => {
  it('sets no age against another when each is a different person\'s of the incident, and still two ages of one person', () => {
    const agency = claim('age', '23', ['Customs and Border Protection', 'official'], 'doc_a');
    const outlet = claim('age', '41', null, 'doc_b');
    expect(compareClaims([agency, outlet]).map((p) => p.facet)).toEqual(['age']);
    expect(compareClaims([agency, outlet], { age: ['41', '23', '27'] }).map((p) => p.facet)).toEqual([]);
    // One person's age given two ways is still a dispute, though one of the values is on the incident.
    const other = claim('age', '24', ['Ana Ruiz', 'family'], 'doc_c');
    expect(compareClaims([agency, other], { age: ['23'] }).map((p) => p.facet)).toEqual(['age']);
  });
});

describe('compareClaims: stances a facet says never dispute each other (stop 71)', () => {
  it('sets no video that "exists" against one that "contradicts the official account", but does set one that exists against none', () => {
    const inspector = claim('footage', 'contradicts', ['Office of Inspector General', 'official']);
    const outlet = claim('footage', 'exists', null);
    const agency = claim('footage', 'exists', ['ICE', 'official']);
    expect(compareClaims([inspector, outlet, agency])).toEqual([]);
    const family = claim('footage', 'none', ['Rosa Diaz', 'family']);
    expect(compareClaims([agency, family]).map((p) => [p.facet, p.kind])).toEqual([['footage', 'conflict']]);
  });

  it('sets no first aid at the scene against a family kept from visiting, but does set access to counsel against it', () => {
    const mayor = claim('treatment_in_custody', 'treated_properly', ['Ana Harlow', 'elected_official']);
    const cousin = claim('treatment_in_custody', 'held_without_contact', ['Gabriela Quintero', 'family']);
    expect(compareClaims([mayor, cousin]).map((p) => p.kind)).not.toContain('conflict');
    const agency = claim('treatment_in_custody', 'given_access', ['ICE', 'official']);
    expect(compareClaims([agency, cousin]).map((p) => [p.facet, p.kind])).toEqual([['treatment_in_custody', 'conflict']]);
  });
});
