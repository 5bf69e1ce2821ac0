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

  it('reads gold prose: agency notes and units, outcome notes, charge notes with statutes', () => {
    const prose = [{
      key: 'c', city: 'Boise', agencies: ['FBI Boise Field Office', 'Boise Police Department (responded)', 'Idaho state authorities'],
      subject: { name: 'Ada Lund', outcome: 'injured; later detained' },
      charges: ['Lund: assault on a federal officer with a dangerous weapon, 18 U.S.C. § 111(b); depredation of federal property, 18 U.S.C. § 1361'],
    }];
    const found = incident('inc_2', {
      city: 'Boise', agencies: ['FBI', 'police'],
      persons: [{ name: 'Ada Lund', age: null, role: 'subject', outcome: 'injured', injuries: null }],
      charges: ['assault on a federal officer with a dangerous weapon', 'depredation of federal property'],
    });
    const ok = (score: ReturnType<typeof scoreGoldIncidents>[number], prefix: string) => score.fields.filter((f) => f.field.startsWith(prefix)).map((f) => f.ok);
    const [c] = scoreGoldIncidents(prose, [found]);
    expect(ok(c, 'agency')).toEqual([true, true, false]);
    expect(ok(c, 'outcome')).toEqual([true]);
    expect(ok(c, 'charge')).toEqual([true]);
    const [missing] = scoreGoldIncidents(prose, [{ ...found, charges: ['depredation of federal property'] }]);
    expect(ok(missing, 'charge')).toEqual([false]);
  });
});
