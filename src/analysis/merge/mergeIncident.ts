import type { DatePrecision } from '../../domain/analysis.js';
import type { ClaimDraft, FieldSource, IncidentDraft, IncidentPerson, Outcome, PersonRole } from '../../domain/incident.js';
import type { IncidentRecord } from '../../domain/records.js';
import { isShortCharge } from './isShortCharge.js';
import { foldName as foldNameOnce, sameName as sameNameOnce } from './foldName.js';
import type { Vote } from './pickValue.js';
import { pickValue } from './pickValue.js';

export interface MergeMember {
  readonly draft: IncidentDraft;
  readonly versionId: string;
  readonly documentId: string;
  readonly published: string | null;
}

/** A claim made by the merge itself: documents disagree on a field value (age 24 vs 25). */
export type MergeClaim = ClaimDraft & { readonly versionId: string; readonly documentId: string };

export type MergedIncident = Omit<IncidentRecord, 'id' | 'contested' | 'stage'> & {
  /** One claim per document value of a field the documents disagree on, for compare to show. */
  readonly disagreements: readonly MergeClaim[];
};

export interface MergeOptions {
  /** Coordinates of a city (the gazetteer of src/nlp/mentions); absent → lat/lon stay null. */
  readonly lookupCity?: (city: string, state: string | null) => { lat: number; lon: number } | null;
}

type Source = FieldSource & { readonly versionId: string };

const PRECISION: Readonly<Record<DatePrecision, number>> = { day: 4, week: 3, month: 2, year: 1, unknown: 0 };
const SEVERITY: Readonly<Record<Outcome, number>> = { killed: 3, injured: 2, uninjured: 1, unknown: 0 };
const ROLE_ORDER: readonly PersonRole[] = ['subject', 'officer', 'bystander', 'other'];

/**
 * One incident from the drafts of the documents that report it: per field the value most documents
 * give (most precise, then earliest document, on a tie), agencies/charges/force as unions, persons
 * merged by name, and the provenance of every chosen value. Where documents disagree on a person's
 * age the losing values are not dropped: each document's value becomes a claim (`disagreements`).
 */
export function mergeIncident(members: readonly MergeMember[], options: MergeOptions = {}): MergedIncident {
  const { foldName, sameName } = rememberNames();
  const ordered = [...members].sort(
    (a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.documentId.localeCompare(b.documentId) || a.draft.localIndex - b.draft.localIndex,
  );
  const sources: Source[] = [];
  const sourceOf = (m: MergeMember, field: string, as: string = field) => {
    const s = m.draft.sources.find((x) => x.field === field);
    if (s) sources.push({ field: as, span: s.span, versionId: m.versionId });
  };
  const scalar = <K extends 'time' | 'city' | 'state' | 'place' | 'footage'>(field: K) => {
    const votes = ordered.flatMap((m, order) => (m.draft[field] ? [{ value: { v: m.draft[field] as string, m }, order, precision: 0 }] : []));
    const won = pickValue(votes, (x) => foldName(x.v));
    if (won) sourceOf(won.value.m, field);
    return won?.value.v ?? null;
  };

  const dateVotes = ordered.flatMap((m, order) => (m.draft.date ? [{ value: m, order, precision: PRECISION[m.draft.datePrecision] }] : []));
  const bestPrecision = Math.max(-1, ...dateVotes.map((v) => v.precision));
  const date = pickValue(dateVotes.filter((v) => v.precision === bestPrecision), (m) => m.draft.date ?? '');
  if (date) sourceOf(date.value, 'date');
  const city = scalar('city');
  const state = scalar('state');
  const place = scalar('place');
  const time = scalar('time');
  const footage = scalar('footage');

  const union = (field: 'agencies' | 'charges' | 'force', skip: (v: string) => boolean = () => false) => {
    const out: string[] = [];
    for (const m of ordered) {
      m.draft[field].forEach((v, i) => {
        if (skip(v) || out.some((x) => foldName(x) === foldName(v))) return;
        sourceOf(m, `${field}.${i}`, `${field}.${out.length}`);
        out.push(v);
      });
    }
    return Object.freeze(out);
  };
  const agencies = union('agencies');
  // "assault" in a lede, "assault on a federal officer" in the filing: one charge, told in full.
  const allCharges = ordered.flatMap((m) => m.draft.charges);
  const charges = union('charges', (v) => isShortCharge(v, allCharges));
  const force = union('force');

  const { persons, disagreements } = mergePersons(ordered, sources, foldName, sameName);
  const coords = city && options.lookupCity ? options.lookupCity(city, state) : null;
  return Object.freeze({
    date: date?.value.draft.date ?? null,
    datePrecision: date?.value.draft.datePrecision ?? 'unknown',
    time,
    city,
    state,
    place,
    lat: coords?.lat ?? null,
    lon: coords?.lon ?? null,
    agencies,
    persons,
    charges,
    force,
    footage,
    sources: Object.freeze(sources),
    disagreements,
  });
}

interface PersonEntry {
  /** Empty for a subject no document names. */
  name: Vote<string>[];
  role: Vote<PersonRole>[];
  age: Vote<{ age: number; m: MergeMember; i: number }>[];
  outcome: Vote<Outcome>[];
  injuries: Vote<{ text: string; m: MergeMember; i: number }>[];
  first: { m: MergeMember; i: number };
}

function mergePersons(
  ordered: readonly MergeMember[],
  sources: Source[],
  foldName: (name: string) => string,
  sameName: (a: string, b: string) => boolean,
): { persons: readonly IncidentPerson[]; disagreements: readonly MergeClaim[] } {
  const entries: PersonEntry[] = [];
  const unnamed: { p: IncidentPerson; m: MergeMember; i: number; order: number }[] = [];
  const vote = (e: PersonEntry, p: IncidentPerson, m: MergeMember, i: number, order: number) => {
    e.role.push({ value: p.role, order, precision: 0 });
    if (p.age !== null) e.age.push({ value: { age: p.age, m, i }, order, precision: 0 });
    if (p.outcome !== 'unknown') e.outcome.push({ value: p.outcome, order, precision: SEVERITY[p.outcome] });
    if (p.injuries) e.injuries.push({ value: { text: p.injuries, m, i }, order, precision: 0 });
  };
  ordered.forEach((m, order) => {
    m.draft.persons.forEach((p, i) => {
      const name = p.name;
      if (name === null) {
        unnamed.push({ p, m, i, order });
        return;
      }
      let e = entries.find((x) => x.name.some((n) => sameName(n.value, name)));
      if (!e) entries.push((e = { name: [], role: [], age: [], outcome: [], injuries: [], first: { m, i } }));
      // A fuller name is a more precise one: "Ana Ruiz" over "Ruiz".
      e.name.push({ value: name, order, precision: name.split(/\s+/).length });
      vote(e, p, m, i, order);
    });
  });
  // A person a document does not name (an agency's release: "one individual … was pronounced dead")
  // is the subject the other documents name when they name one; with none named, the unnamed
  // accounts are one unnamed subject. When others name several subjects, whose age or outcome the
  // unnamed account gives is unknown, and it is left out rather than given to the wrong one.
  if (unnamed.length > 0) {
    const named = entries.filter((e) => pickValue(e.role)?.value === 'subject');
    const target = named.length === 1 ? named[0] : named.length === 0 ? { name: [], role: [], age: [], outcome: [], injuries: [], first: { m: unnamed[0].m, i: unnamed[0].i } } : null;
    if (target && named.length === 0) entries.push(target);
    if (target) for (const u of unnamed) vote(target, u.p, u.m, u.i, u.order);
  }
  const persons: IncidentPerson[] = [];
  const disagreements: MergeClaim[] = [];
  const sorted = entries
    .map((e) => ({ e, role: pickValue(e.role)?.value ?? 'other' }))
    // Two people shot: the subject is the one more documents name as the subject.
    .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || votesFor(b.e, b.role) - votesFor(a.e, a.role));
  for (const { e, role } of sorted) {
    const k = persons.length;
    const age = pickValue(e.age, (x) => String(x.age));
    const injuries = pickValue(e.injuries, (x) => foldName(x.text));
    const origin = (m: MergeMember, i: number, field: string) => m.draft.sources.find((s) => s.field === `persons.${i}.${field}`);
    const nameSource = origin(e.first.m, e.first.i, 'name');
    if (nameSource) sources.push({ field: `persons.${k}.name`, span: nameSource.span, versionId: e.first.m.versionId });
    if (age) {
      const s = origin(age.value.m, age.value.i, 'age');
      if (s) sources.push({ field: `persons.${k}.age`, span: s.span, versionId: age.value.m.versionId });
      if (new Set(e.age.map((v) => v.value.age)).size > 1) {
        for (const v of e.age) {
          const span = origin(v.value.m, v.value.i, 'age')?.span;
          if (!span) continue;
          disagreements.push(
            Object.freeze({ facet: 'age', value: String(v.value.age), stance: String(v.value.age), span, speaker: null, side: 'outlet', attribution: null, versionId: v.value.m.versionId, documentId: v.value.m.documentId }),
          );
        }
      }
    }
    if (injuries) {
      const s = origin(injuries.value.m, injuries.value.i, 'injuries');
      if (s) sources.push({ field: `persons.${k}.injuries`, span: s.span, versionId: injuries.value.m.versionId });
    }
    persons.push(
      Object.freeze({
        name: pickValue(e.name, foldName)?.value ?? e.name[0]?.value ?? null,
        age: age?.value.age ?? null,
        role,
        outcome: pickValue(e.outcome)?.value ?? 'unknown',
        injuries: injuries?.value.text ?? null,
      }),
    );
  }
  return { persons: Object.freeze(persons), disagreements: Object.freeze(disagreements) };
}

function votesFor(e: PersonEntry, role: PersonRole): number {
  return e.role.filter((v) => v.value === role).length;
}

/**
 * foldName and sameName, each answer remembered for one merge: an incident is merged again at each
 * new member, and every member's persons and agencies were compared with every other's afresh, so
 * the same few names were folded thousands of times per merge of a large incident (issue 6).
 */
function rememberNames(): { foldName: (name: string) => string; sameName: (a: string, b: string) => boolean } {
  const folded = new Map<string, string>();
  const same = new Map<string, Map<string, boolean>>();
  return {
    foldName(name) {
      let f = folded.get(name);
      if (f === undefined) folded.set(name, (f = foldNameOnce(name)));
      return f;
    },
    sameName(a, b) {
      let withA = same.get(a);
      if (withA === undefined) same.set(a, (withA = new Map()));
      let answer = withA.get(b);
      if (answer === undefined) withA.set(b, (answer = sameNameOnce(a, b)));
      return answer;
    },
  };
}
