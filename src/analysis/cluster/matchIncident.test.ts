import { describe, expect, it } from 'vitest';
import type { IncidentDraft, IncidentPerson } from '../../domain/incident.js';
import type { IncidentCandidate } from './matchIncident.js';
import { matchIncident } from './matchIncident.js';

function draft(over: Partial<IncidentDraft> & { subject?: string }): IncidentDraft {
  const persons: IncidentPerson[] = over.subject ? [{ name: over.subject, age: null, role: 'subject', outcome: 'injured', injuries: null }] : [];
  return { localIndex: 0, primary: true, date: '2025-06-10', datePrecision: 'day', time: null, city: 'Tucson', state: 'AZ', place: null, agencies: ['ICE'], persons, charges: [], force: [], footage: null, claims: [], sources: [], ...over };
}

function candidate(id: string, over: Partial<IncidentCandidate>): IncidentCandidate {
  return { id, date: '2025-06-10', datePrecision: 'day', city: 'Tucson', state: 'AZ', place: null, subjectNames: [], agencies: ['ICE'], ...over };
}

describe('matchIncident', () => {
  it('matches the same subject under a spelling variant within the date window', () => {
    const c = candidate('inc_b', { subjectNames: ['Raúl Peña-Soto'], date: '2025-06-08' });
    expect(matchIncident(draft({ subject: 'Raul Pena-Soto' }), [c])).toBe('inc_b');
  });

  it('places a report of a person no one names by city and date, never by the missing name', () => {
    const unnamed: IncidentPerson = { name: null, age: 41, role: 'subject', outcome: 'killed', injuries: null };
    const c = candidate('inc_b', { subjectNames: ['Dana Whitlock'] });
    expect(matchIncident(draft({ persons: [unnamed] }), [c])).toBe('inc_b');
    expect(matchIncident(draft({ persons: [unnamed], city: 'Yuma' }), [c])).toBeNull();
  });

  it('keeps apart two incidents in the same city and week with different subjects', () => {
    const c = candidate('inc_b', { subjectNames: ['Dana Whitlock'], date: '2025-06-11' });
    expect(matchIncident(draft({ subject: 'Raul Pena-Soto' }), [c])).toBeNull();
  });

  it('joins reports naming different people shot at the same scene, same agency, day and place', () => {
    const c = candidate('inc_b', { subjectNames: ['Dana Whitlock'], date: '2025-06-11', place: 'West Adams' });
    expect(matchIncident(draft({ subject: 'Raul Pena-Soto', place: 'West Adams' }), [c])).toBe('inc_b');
    expect(matchIncident(draft({ subject: 'Raul Pena-Soto', place: 'West Adams', agencies: ['FBI'] }), [c])).toBeNull();
    expect(matchIncident(draft({ subject: 'Raul Pena-Soto', place: 'West Adams', date: '2025-06-14' }), [c])).toBeNull();
  });

  it('refuses a candidate outside the date window', () => {
    const c = candidate('inc_b', { subjectNames: ['Raul Pena-Soto'], date: '2025-06-20' });
    expect(matchIncident(draft({ subject: 'Raul Pena-Soto' }), [c])).toBeNull();
  });

  it('widens the window for a vaguer date', () => {
    const c = candidate('inc_b', { subjectNames: ['Raul Pena-Soto'], date: '2025-06-16' });
    expect(matchIncident(draft({ subject: 'Raul Pena-Soto', datePrecision: 'week' }), [c])).toBe('inc_b');
  });

  it('matches an unnamed report by city and day, and breaks ties to the lowest id', () => {
    const a = candidate('inc_b', {});
    const b = candidate('inc_a', {});
    expect(matchIncident(draft({}), [a, b])).toBe('inc_a');
  });

  it('founds a new incident when nothing is shared', () => {
    expect(matchIncident(draft({ city: 'Laredo', state: 'TX' }), [candidate('inc_a', {})])).toBeNull();
  });
});
