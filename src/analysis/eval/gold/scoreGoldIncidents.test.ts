import { describe, expect, it } from 'vitest';
import type { ExportedIncident } from '../../../domain/exportContract.js';
import { scoreGoldIncidents } from './scoreGoldIncidents.js';

const incident = (id: string, over: Partial<ExportedIncident>): ExportedIncident => ({
  id, date: null, datePrecision: 'unknown', time: null, city: null, state: null, place: null, lat: null, lon: null,
  agencies: [], persons: [], charges: [], force: [], footage: null, documents: [], claims: [], contested: [], ...over,
});

describe('scoreGoldIncidents', () => {
  const gold = [
    { key: 'a', date: '2026-03-02', time: '05:40', city: 'Tucson', state: 'AZ', agencies: ['Border Patrol'], subject: { name: 'Ana Ruiz', age: 31 }, charges: ['assault on a federal officer'] },
    { key: 'b', city: 'Tucson', state: 'AZ', subject: { name: 'Leo Park' } },
  ];

  it('checks every field of the best-matching incident', () => {
    const good = incident('inc_1', {
      date: '2026-03-02', time: '05:40', city: 'Tucson', state: 'AZ', agencies: ['U.S. Border Patrol'],
      persons: [{ name: 'Ana Ruiz', age: 31, role: 'subject', outcome: 'injured', injuries: null }],
      charges: ['assaulting a federal officer'],
    });
    const [a, b] = scoreGoldIncidents(gold, [good]);
    expect(a.incidentId).toBe('inc_1');
    expect(a.fields.every((f) => f.ok)).toBe(true);
    expect(b.incidentId).toBeNull();
  });

  it('never credits one incident to two gold incidents, and reports wrong fields', () => {
    const merged = incident('inc_1', { city: 'Tucson', persons: [{ name: 'Ana Ruiz', age: 30, role: 'subject', outcome: 'unknown', injuries: null }] });
    const [a, b] = scoreGoldIncidents(gold, [merged]);
    expect(a.fields.find((f) => f.field === 'age')?.ok).toBe(false);
    expect(b.incidentId).toBeNull();
  });
});
