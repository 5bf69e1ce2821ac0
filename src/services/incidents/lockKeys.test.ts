import { describe, expect, it } from 'vitest';
import type { IncidentDraft, PersonRole } from '../../domain/incident.js';
import { incidentBlockingKeys } from '../../store/rows/blockingKeys.js';
import { documentLockKey, incidentLockKey, placementLockKeys } from './lockKeys.js';
import { chooseBlockingKeys } from './placeDrafts.js';

function draft(city: string | null, place: string | null, date: string | null, persons: readonly [string, PersonRole][]): IncidentDraft {
  return {
    localIndex: 0, primary: true, date, datePrecision: date ? 'day' : 'unknown', time: null, city, state: null, place, agencies: ['ice'],
    persons: persons.map(([name, role]) => ({ name, age: null, role, outcome: 'unknown' as const, injuries: null })),
    charges: [], force: [], footage: null, claims: [], sources: [],
  };
}

const shared = (a: readonly string[], b: readonly string[]): boolean => a.some((k) => b.includes(k));

describe('lock keys of an ingest transaction', () => {
  it('keeps documents, incidents and placement keys apart', () => {
    expect(documentLockKey('x')).not.toBe(incidentLockKey('x'));
    const keys = placementLockKeys([draft('Dayton', 'Elm Street', '2025-03-01', [['Ana Soto', 'subject']])]);
    expect(keys.every((k) => k.startsWith('blocking:'))).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });

  // The property the locks exist for: whenever one draft could find the incident another founds,
  // the two documents share a lock, so they are placed one after the other.
  const cases: [string, IncidentDraft, IncidentDraft][] = [
    ['a surname the other has as a word', draft(null, null, null, [['Mateo Alvarenga Ruiz', 'subject']]), draft(null, null, '2025-03-02', [['Alvarenga', 'bystander']])],
    ['the same city, dated', draft('Saint-Paul', null, '2025-03-01', []), draft('Saint Paul', null, '2025-03-03', [['Dana Lee', 'other']])],
    ['the same scene, undated', draft('Dayton', 'the river landing', null, []), draft('DAYTON', 'The river landing', null, [])],
  ];
  for (const [name, first, second] of cases) {
    it(`shares a lock when one draft asks with a key the other's incident is stored under: ${name}`, () => {
      expect(shared(chooseBlockingKeys(second), incidentBlockingKeys(first))).toBe(true);
      expect(shared(placementLockKeys([first]), placementLockKeys([second]))).toBe(true);
    });
  }

  it('shares no lock between drafts that cannot meet', () => {
    const first = draft('Dayton', 'Elm Street', '2025-03-01', [['Ana Soto', 'subject']]);
    const second = draft('Springfield', null, '2025-03-01', [['Mateo Ruiz', 'subject']]);
    expect(shared(chooseBlockingKeys(second), incidentBlockingKeys(first))).toBe(false);
    expect(shared(placementLockKeys([first]), placementLockKeys([second]))).toBe(false);
  });
});
