import { describe, expect, it } from 'vitest';
import type { Role } from '../../domain/roles.js';
import { sideOfRole } from '../../domain/roles.js';
import { compareClaims } from './compareClaims.js';
import { findUnanswered } from './findUnanswered.js';
import type { ComparableClaim } from './groupPositions.js';

let n = 0;
function claim(facet: string, stance: string, text: string, speaker: [string, Role] | null, at: { doc?: string; start?: number; end?: number } = {}): ComparableClaim {
  n++;
  const start = at.start ?? n * 100;
  return {
    id: `clm_${String(n).padStart(3, '0')}`,
    incidentId: 'inc_1',
    versionId: `ver_${at.doc ?? 'a'}`,
    documentId: at.doc ?? 'a',
    facet,
    value: stance,
    stance,
    text,
    start,
    end: at.end ?? start + text.length,
    speaker: speaker ? { name: speaker[0], affiliation: null, role: speaker[1] } : null,
    side: speaker ? sideOfRole(speaker[1]) : ('outlet' as const),
    attributionId: null,
    stage: 'extract@1',
    published: '2025-05-02',
  };
}

describe('findUnanswered', () => {
  it('reports a question the state has not answered, with the sentences that say so', () => {
    const claims = [
      claim('reason_for_approach', 'unexplained', 'the police never explained why they stopped him', ['Rosa Diaz', 'family']),
      claim('reason_for_approach', 'unexplained', 'The sheriff’s office has not said why the car was stopped.', null, { doc: 'b' }),
    ];
    const [point] = findUnanswered(claims);
    expect(point).toMatchObject({ facet: 'reason_for_approach', kind: 'unanswered', silent: { camp: 'state' } });
    expect(point.positions.map((p) => [p.side, p.speakers])).toEqual([['family', ['Rosa Diaz']]]);
    // Both sentences state the silence: the relative's and the outlet's.
    expect(point.silent?.claimIds).toEqual(claims.map((c) => c.id));
  });

  it('reports an accusation the state has let stand, without a stated silence', () => {
    const claims = [claim('treatment_in_custody', 'held_without_contact', 'he is held under a different name and cannot have visitors', ['Rosa Diaz', 'family'])];
    const [point] = findUnanswered(claims);
    expect(point.silent).toMatchObject({ camp: 'state', claimIds: [] });
    expect(point.positions[0].claimIds).toEqual([claims[0].id]);
  });

  it('reports care a family says was denied, which the state has not answered, as unanswered', () => {
    const claims = [claim('treatment_in_custody', 'denied_care', 'guards ignored his requests for insulin', ['Keila Paz', 'family'])];
    const [point] = findUnanswered(claims);
    expect(point.silent).toMatchObject({ camp: 'state', claimIds: [] });
  });

  it('counts speech the accuser reports from officials as the accuser’s word, not an answer', () => {
    const said = 'officials told her only that he is held under another name';
    const outer = claim('treatment_in_custody', 'held_without_contact', said, ['Rosa Diaz', 'family'], { start: 0 });
    const inner = claim('treatment_in_custody', 'held_without_contact', 'he is held under another name', ['officials', 'official'], { start: said.indexOf('he is') });
    expect(findUnanswered([outer, inner]).map((p) => p.positions.map((x) => x.side))).toEqual([['family']]);
    // Said in its own words, elsewhere, the same stance is the state speaking: no longer unanswered.
    const own = claim('treatment_in_custody', 'held_without_contact', 'he is held under another name', ['officials', 'official'], { doc: 'c', start: said.indexOf('he is') });
    expect(findUnanswered([outer, own])).toEqual([]);
  });

  it('leaves the state’s one-sided facts alone unless the text states the other side’s silence', () => {
    const shots = claim('shots_fired', '2', 'the agent fired two shots', ['Sam Park', 'official']);
    expect(findUnanswered([shots])).toEqual([]);
    // A relative merely describing events, with no accusation or question, is no point either,
    // nor is a bystander's account of conduct that the text does not say the state left unanswered.
    expect(findUnanswered([claim('vehicle_movement', 'away_from_officers', 'he was trying to drive away', ['Rosa Diaz', 'family'])])).toEqual([]);
    const rough = claim('officer_conduct', 'aggressive', 'they threw him down without warning', ['Lee Moss', 'witness']);
    expect(findUnanswered([rough])).toEqual([]);
    expect(findUnanswered([{ ...rough, side: 'subject' as const }]).map((p) => p.facet)).toEqual(['officer_conduct']);
    const declined = claim('shots_fired', '2', 'The agent fired twice; a lawyer for the family declined to comment.', null);
    const [point] = findUnanswered([shots, declined]);
    expect(point.silent).toMatchObject({ camp: 'other', claimIds: [declined.id] });
    // "Nobody has explained" is never read as the subject's side keeping silent, nor is someone of neither camp.
    expect(findUnanswered([shots, claim('shots_fired', '2', 'Nobody has explained how many shots were fired.', null)])).toEqual([]);
    expect(findUnanswered([shots, claim('shots_fired', '2', 'Two shots were fired; Garcia could not be reached.', null)])).toEqual([]);
  });

  it('skips facets already in conflict, and facets only outlets report', () => {
    const claims = [claim('reason_for_approach', 'unexplained', 'Why was he stopped? nobody will say', ['Rosa Diaz', 'family'])];
    expect(findUnanswered(claims, new Set(['reason_for_approach']))).toEqual([]);
    expect(findUnanswered([claim('reason_for_approach', 'unexplained', 'The agency has not said why he was stopped.', null)])).toEqual([]);
  });

  it('comes out of compareClaims beside the conflicts, in facet order, each with its kind', () => {
    const claims = [
      claim('treatment_in_custody', 'held_without_contact', 'he was kept incommunicado', ['Rosa Diaz', 'family']),
      claim('vehicle_movement', 'toward_officers', 'the car drove at the agent', ['Sam Park', 'official']),
      claim('vehicle_movement', 'away_from_officers', 'he was driving away', ['Lee Moss', 'witness']),
    ];
    expect(compareClaims(claims).map((p) => [p.facet, p.kind])).toEqual([
      ['vehicle_movement', 'conflict'],
      ['treatment_in_custody', 'unanswered'],
    ]);
  });
});
