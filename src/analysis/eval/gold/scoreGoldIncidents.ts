import type { ExportedIncident } from '../../../domain/exportContract.js';
import type { GoldIncident } from './goldTypes.js';

export interface FieldCheck {
  readonly field: string;
  readonly gold: unknown;
  readonly predicted: unknown;
  readonly ok: boolean;
}

export interface GoldIncidentScore {
  readonly key: string;
  /** The exported incident matched to this gold incident, or null when none was found. */
  readonly incidentId: string | null;
  readonly fields: readonly FieldCheck[];
}

/**
 * Matches every gold incident to the exported incident that agrees with it most (subject surname,
 * then city and date) and checks its fields. Each exported incident is matched at most once, so
 * two gold incidents merged into one incident cannot both be credited.
 */
export function scoreGoldIncidents(gold: readonly GoldIncident[], exported: readonly ExportedIncident[]): GoldIncidentScore[] {
  const taken = new Set<string>();
  return gold.map((g) => {
    const ranked = exported
      .filter((e) => !taken.has(e.id))
      .map((e) => ({ e, affinity: affinity(g, e) }))
      .filter((x) => x.affinity > 0)
      .sort((a, b) => b.affinity - a.affinity || a.e.id.localeCompare(b.e.id));
    const match = ranked[0]?.e ?? null;
    if (match) taken.add(match.id);
    return { key: g.key, incidentId: match?.id ?? null, fields: checkFields(g, match) };
  });
}

function affinity(g: GoldIncident, e: ExportedIncident): number {
  let score = 0;
  const surname = lastWord(g.subject?.name);
  if (surname && e.persons.some((p) => p.role === 'subject' && lastWord(p.name) === surname)) score += 4;
  else if (surname && e.persons.some((p) => lastWord(p.name) === surname)) score += 2;
  if (g.city && e.city && fold(g.city) === fold(e.city)) score += 1;
  if (g.date && e.date === g.date) score += 1;
  return score;
}

function checkFields(g: GoldIncident, e: ExportedIncident | null): FieldCheck[] {
  const checks: FieldCheck[] = [];
  const add = (field: string, gold: unknown, predicted: unknown, ok: boolean) => checks.push({ field, gold, predicted, ok });
  const subject = e?.persons.find((p) => p.role === 'subject') ?? null;
  if (g.date !== undefined && g.date !== null) add('date', g.date, e?.date ?? null, e?.date === g.date);
  if (g.time) add('time', g.time, e?.time ?? null, e?.time === g.time);
  if (g.city) add('city', g.city, e?.city ?? null, fold(e?.city) === fold(g.city));
  if (g.state) add('state', g.state, e?.state ?? null, e?.state === g.state);
  if (g.subject?.name) add('subject', g.subject.name, subject?.name ?? null, samePerson(subject?.name, g.subject.name));
  if (typeof g.subject?.age === 'number') add('age', g.subject.age, subject?.age ?? null, subject?.age === g.subject.age);
  if (g.subject?.outcome) add('outcome', g.subject.outcome, subject?.outcome ?? null, subject?.outcome === g.subject.outcome);
  for (const agency of g.agencies ?? []) {
    add(`agency:${agency}`, agency, e?.agencies ?? [], (e?.agencies ?? []).some((a) => sameAgency(a, agency)));
  }
  for (const charge of g.charges ?? []) {
    add(`charge:${charge}`, charge, e?.charges ?? [], (e?.charges ?? []).some((c) => sameCharge(c, charge)));
  }
  return checks;
}

function fold(text: string | null | undefined): string {
  return (text ?? '').normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

function lastWord(name: string | null | undefined): string | null {
  const words = fold(name).split(' ').filter(Boolean);
  return words.length ? words[words.length - 1] : null;
}

function samePerson(a: string | null | undefined, b: string): boolean {
  const x = fold(a).split(' ');
  const y = fold(b).split(' ');
  return x.length > 0 && lastWord(a) === lastWord(b) && x[0] === y[0];
}

function sameAgency(a: string, b: string): boolean {
  const strip = (s: string) => fold(s).replace(/^(u s|us|united states) /, '');
  return strip(a) === strip(b);
}

const CHARGE_STOP = new Set(['a', 'an', 'the', 'on', 'of', 'with', 'and', 'to', 'charge', 'charged']);

/** Same charge when the gold's content words (stemmed crudely) all appear in the prediction. */
function sameCharge(predicted: string, gold: string): boolean {
  const words = (s: string) => fold(s).split(' ').filter((w) => w && !CHARGE_STOP.has(w)).map((w) => w.replace(/(ing|s)$/, ''));
  const p = new Set(words(predicted));
  const g = words(gold);
  return g.length > 0 && g.every((w) => p.has(w));
}
