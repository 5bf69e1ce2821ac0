import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchIncident, type IncidentCandidate } from '../../analysis/cluster/matchIncident.js';
import type { IncidentDraft, PersonRole } from '../../domain/incident.js';
import { incidentBlockingKeys } from '../../store/rows/blockingKeys.js';
import { openSqliteStore } from '../../store/sqlite/openSqliteStore.js';
import { makeIncident } from '../../store/storeFixtures.js';
import { chooseBlockingKeys, placeDrafts } from './placeDrafts.js';

// Invented names that collide in every way names can: accents, hyphenated and double surnames,
// captions in capitals, initials, a given name that is someone else's surname.
const NAMES = ['Inés Peña-Ortiz', 'Ines Pena', 'ORTIZ', 'Mateo Alvarenga Ruiz', 'Alvarenga Ruiz', 'ALVARENGA', 'M. Ruiz', 'José Ruiz', 'Ruiz Castillo', 'Castillo', 'Ana Soto', 'Dana Lee', 'Lee'];
const CITIES = ['Springfield', 'SPRINGFIELD', 'Saint-Paul', 'Saint Paul', 'Dayton', null];
const PLACES = ['Elm Street', 'elm street', 'the river landing', null];
const DATES = ['2025-03-01', '2025-03-02', '2025-03-05', '2025-03-20', null];
const ROLES: PersonRole[] = ['subject', 'officer', 'bystander', 'other'];

const person = fc.record({ name: fc.constantFrom(...NAMES), role: fc.constantFrom(...ROLES) });
const scene = { city: fc.constantFrom(...CITIES), place: fc.constantFrom(...PLACES), date: fc.constantFrom(...DATES), agency: fc.constantFrom('ice', 'cbp') };

const draftArb = fc.record({ ...scene, persons: fc.array(person, { maxLength: 3 }), precision: fc.constantFrom('day', 'week', 'month') }).map(
  (d): IncidentDraft => ({
    localIndex: 0, primary: true, date: d.date, datePrecision: d.date ? (d.precision as IncidentDraft['datePrecision']) : 'unknown', time: null,
    city: d.city, state: null, place: d.place, agencies: [d.agency],
    persons: d.persons.map((p) => ({ name: p.name, age: null, role: p.role, outcome: 'unknown' as const, injuries: null })),
    charges: [], force: [], footage: null, claims: [], sources: [],
  }),
);

const candidatesArb = fc.array(fc.record({ ...scene, subjects: fc.array(fc.constantFrom(...NAMES), { maxLength: 2 }) }), { maxLength: 8 }).map((list) =>
  list.map((c, n): IncidentCandidate => ({
    id: `inc_${n}`, date: c.date, datePrecision: c.date ? 'day' : 'unknown', city: c.city, state: null, place: c.place, subjectNames: c.subjects, agencies: [c.agency],
  })),
);

function sharesKey(draft: IncidentDraft, c: IncidentCandidate): boolean {
  const stored = new Set(incidentBlockingKeys({ city: c.city, place: c.place, persons: c.subjectNames.map((name) => ({ name, age: null, role: 'subject', outcome: 'unknown', injuries: null })) }));
  return chooseBlockingKeys(draft).some((k) => stored.has(k));
}

describe('placeDrafts asks only for incidents sharing a blocking key', () => {
  it('never changes which incident a draft joins (matchIncident over every candidate vs over the blocked ones)', () => {
    fc.assert(
      fc.property(draftArb, candidatesArb, (draft, candidates) => {
        expect(matchIncident(draft, candidates.filter((c) => sharesKey(draft, c)))).toBe(matchIncident(draft, candidates));
      }),
      { numRuns: 3000 },
    );
  });

  it('places an undated report of a named subject into the incident of the same person, through the store', () => {
    const store = openSqliteStore(':memory:');
    try {
      store.saveIncident(makeIncident('inc_ortiz', { city: 'Dayton', persons: [{ name: 'Inés Peña-Ortiz', age: 40, role: 'subject', outcome: 'injured', injuries: null }] }), []);
      store.saveIncident(makeIncident('inc_other', { city: 'Dayton', persons: [{ name: 'Dana Lee', age: 22, role: 'subject', outcome: 'injured', injuries: null }] }), []);
      const draft: IncidentDraft = {
        localIndex: 0, primary: true, date: null, datePrecision: 'unknown', time: null, city: 'Dayton', state: 'OH', place: null, agencies: ['ice'],
        persons: [{ name: 'Ines Pena Ortiz', age: null, role: 'subject', outcome: 'unknown', injuries: null }], charges: [], force: [], footage: null, claims: [], sources: [],
      };
      const [placed] = placeDrafts(store, 'ver_x', 'doc_x', null, [draft]);
      expect(placed.incidentId).toBe('inc_ortiz');
      expect(store.findIncidentCandidates({ from: null, to: null }, chooseBlockingKeys(draft)).map((c) => c.id)).toEqual(['inc_ortiz']);
    } finally {
      store.close();
    }
  });
});

describe('placeDrafts reads incidents dated only by their month (stop 62)', () => {
  it('places a report dated to the day into the incident of the same person that another report dated by its month', () => {
    const store = openSqliteStore(':memory:');
    try {
      store.saveIncident(makeIncident('inc_month', { date: '2025-11-01', datePrecision: 'month', city: 'Yuma', persons: [{ name: 'Esteban Roblero', age: 22, role: 'subject', outcome: 'injured', injuries: null }] }), []);
      const draft: IncidentDraft = {
        localIndex: 0, primary: true, date: '2025-11-17', datePrecision: 'day', time: null, city: 'Yuma', state: 'AZ', place: null, agencies: ['cbp'],
        persons: [{ name: 'Esteban Roblero', age: 22, role: 'subject', outcome: 'unknown', injuries: null }], charges: [], force: [], footage: null, claims: [], sources: [],
      };
      const [placed] = placeDrafts(store, 'ver_y', 'doc_y', null, [draft]);
      expect(placed.incidentId).toBe('inc_month');
    } finally {
      store.close();
    }
  });
});
