import { describe, expect, it } from 'vitest';
import type { IncidentDraft, IncidentPerson } from '../../domain/incident.js';
import type { MergeMember } from './mergeIncident.js';
import { mergeIncident } from './mergeIncident.js';

const span = (text: string, start = 0) => ({ start, end: start + text.length, text });

function member(id: string, published: string, over: Partial<IncidentDraft>, person?: Partial<IncidentPerson>): MergeMember {
  const persons: IncidentPerson[] = person ? [{ name: 'Ines Alvarado', age: null, role: 'subject', outcome: 'unknown', injuries: null, ...person }] : [];
  const sources = [
    { field: 'city', span: span(`city in ${id}`) },
    { field: 'date', span: span(`date in ${id}`) },
    ...(person?.age ? [{ field: 'persons.0.age', span: span(String(person.age), 7) }] : []),
  ];
  const draft: IncidentDraft = { localIndex: 0, primary: true, date: null, datePrecision: 'unknown', time: null, city: null, state: null, place: null, agencies: [], persons, charges: [], force: [], footage: null, claims: [], sources, ...over };
  return { draft, versionId: `ver_${id}`, documentId: `doc_${id}`, published };
}

describe('mergeIncident', () => {
  it('takes the value most documents give, the most precise date, and unions agencies', () => {
    const merged = mergeIncident([
      member('a', '2025-04-02', { city: 'Newark', date: '2025-03-30', datePrecision: 'week', agencies: ['ICE'] }),
      member('b', '2025-04-01', { city: 'Elizabeth', date: '2025-04-01', datePrecision: 'day', agencies: ['ICE', 'DHS'] }),
      member('c', '2025-04-03', { city: 'Newark', date: null, agencies: ['FBI'] }),
    ]);
    expect(merged.city).toBe('Newark');
    expect(merged).toMatchObject({ date: '2025-04-01', datePrecision: 'day' });
    expect(merged.agencies).toEqual(['ICE', 'DHS', 'FBI']);
    expect(merged.sources.find((s) => s.field === 'city')?.versionId).toBe('ver_a');
  });

  it('breaks a tie in favour of the earliest document', () => {
    const merged = mergeIncident([member('late', '2025-04-05', { city: 'Camden' }), member('early', '2025-04-01', { city: 'Trenton' })]);
    expect(merged.city).toBe('Trenton');
  });

  it('merges one person across spellings and keeps age disagreements as claims', () => {
    const merged = mergeIncident(
      [
        member('a', '2025-04-01', {}, { name: 'Inés Alvarado', age: 24 }),
        member('b', '2025-04-02', {}, { name: 'Ines Alvarado', age: 25, outcome: 'injured' }),
        member('c', '2025-04-03', {}, { name: 'Alvarado', age: 25 }),
      ],
      { lookupCity: () => ({ lat: 1, lon: 2 }) },
    );
    expect(merged.persons).toHaveLength(1);
    expect(merged.persons[0]).toMatchObject({ age: 25, outcome: 'injured', role: 'subject' });
    expect(merged.disagreements.map((c) => [c.facet, c.stance, c.documentId])).toEqual([
      ['age', '24', 'doc_a'],
      ['age', '25', 'doc_b'],
      ['age', '25', 'doc_c'],
    ]);
  });

  it('names as the subject the person more documents call the subject when two people were shot', () => {
    const two = (id: string, published: string, subject: string, other: string | null): MergeMember => {
      const m = member(id, published, {});
      const persons: IncidentPerson[] = [{ name: subject, age: null, role: 'subject', outcome: 'injured', injuries: null }];
      if (other) persons.push({ name: other, age: null, role: 'other', outcome: 'unknown', injuries: null });
      return { ...m, draft: { ...m.draft, persons } };
    };
    const merged = mergeIncident([
      two('a', '2025-04-01', 'Rosa Benitez', null),
      two('b', '2025-04-02', 'Hugo Salcedo', 'Rosa Benitez'),
      two('c', '2025-04-03', 'Hugo Salcedo', 'Rosa Benitez'),
      two('d', '2025-04-04', 'Rosa Benitez', null),
      two('e', '2025-04-05', 'Hugo Salcedo', null),
    ]);
    expect(merged.persons.map((p) => [p.name, p.role])).toEqual([
      ['Hugo Salcedo', 'subject'],
      ['Rosa Benitez', 'subject'],
    ]);
  });

  it("gives an agency release's unnamed person to the one subject others name, or keeps them unnamed", () => {
    const unnamed = (id: string, published: string, age: number | null, outcome: IncidentPerson['outcome']): MergeMember => {
      const m = member(id, published, {});
      const sources = [{ field: 'persons.0.name', span: span('one individual', 40) }, ...(age ? [{ field: 'persons.0.age', span: span(`${age}-year-old`, 60) }] : [])];
      return { ...m, draft: { ...m.draft, persons: [{ name: null, age, role: 'subject', outcome, injuries: null }], sources } };
    };
    const alone = mergeIncident([unnamed('a', '2025-04-01', 41, 'killed'), unnamed('b', '2025-04-02', null, 'injured')]);
    expect(alone.persons).toEqual([{ name: null, age: 41, role: 'subject', outcome: 'killed', injuries: null }]);
    expect(alone.sources.find((s) => s.field === 'persons.0.name')).toMatchObject({ versionId: 'ver_a', span: { text: 'one individual' } });

    const named = mergeIncident([unnamed('a', '2025-04-01', 41, 'killed'), member('b', '2025-04-02', {}, { name: 'Ines Alvarado', age: 40 })]);
    // The ages disagree: the earlier document's stands (as for any tie), and both are kept as claims.
    expect(named.persons).toEqual([{ name: 'Ines Alvarado', age: 41, role: 'subject', outcome: 'killed', injuries: null }]);
    expect(named.disagreements.map((c) => [c.facet, c.stance, c.documentId]).sort()).toEqual([
      ['age', '40', 'doc_b'],
      ['age', '41', 'doc_a'],
    ]);

    // Two subjects named elsewhere: whose death the release tells is unknown, so it goes to neither.
    const b = member('b', '2025-04-02', {});
    const pair = { ...b, draft: { ...b.draft, persons: [0, 1].map((i) => ({ name: ['Rosa Benitez', 'Hugo Salcedo'][i], age: null, role: 'subject' as const, outcome: 'injured' as const, injuries: null })) } };
    const merged = mergeIncident([unnamed('a', '2025-04-01', 41, 'killed'), pair]);
    expect(merged.persons.map((p) => [p.name, p.age, p.outcome])).toEqual([
      ['Rosa Benitez', null, 'injured'],
      ['Hugo Salcedo', null, 'injured'],
    ]);
  });

  it('leaves coordinates null without a gazetteer', () => {
    expect(mergeIncident([member('a', '2025-04-01', { city: 'Newark' })])).toMatchObject({ lat: null, lon: null });
  });
});
