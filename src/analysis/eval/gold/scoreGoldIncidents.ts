import type { ExportedIncident } from '../../../domain/exportContract.js';
import { canonicaliseAgency } from './canonicaliseAgency.js';
import { canonicaliseCharges } from './canonicaliseCharges.js';
import type { GoldIncident } from './goldTypes.js';

const DIACRITICS = /\p{M}+/gu;

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
export function scoreGoldIncidents(gold: readonly GoldIncident[], exported: readonly ExportedIncident[], options: { readonly time?: boolean } = {}): GoldIncidentScore[] {
  const taken = new Set<string>();
  return gold.map((g) => {
    const ranked = exported
      .filter((e) => !taken.has(e.id))
      .map((e) => ({ e, affinity: affinity(g, e) }))
      .filter((x) => x.affinity > 0)
      .sort((a, b) => b.affinity - a.affinity || a.e.id.localeCompare(b.e.id));
    const match = ranked[0]?.e ?? null;
    if (match) taken.add(match.id);
    const fields = checkFields(g, match).filter((f) => options.time !== false || f.field !== 'time');
    return { key: g.key, incidentId: match?.id ?? null, fields };
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
  if (g.subject?.outcome) add('outcome', g.subject.outcome, subject?.outcome ?? null, subject?.outcome === outcomeOf(g.subject.outcome));
  for (const agency of g.agencies ?? []) {
    add(`agency:${agency}`, agency, e?.agencies ?? [], (e?.agencies ?? []).some((a) => sameAgency(a, agency)));
  }
  for (const charge of g.charges ?? []) {
    add(`charge:${charge}`, charge, e?.charges ?? [], matchesCharge(e?.charges ?? [], charge));
  }
  return checks;
}

function fold(text: string | null | undefined): string {
  return (text ?? '').normalize('NFD').replace(DIACRITICS, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
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

/**
 * The outcome a gold note states first: "injured; later held at …" → injured. The note's first
 * clause must be one of the outcome words (or "died"/"fatally", read as killed); anything else is
 * compared as written.
 */
function outcomeOf(note: string): string {
  const head = fold(note.split(/[;,(]/)[0]);
  if (/^(killed|died|dead|fatally)\b/.test(head)) return 'killed';
  const word = head.split(' ')[0];
  return ['injured', 'uninjured', 'unknown'].includes(word) ? word : note;
}

/**
 * Same agency when both name the same registry agency (canonicaliseAgency: aliases, field units,
 * pattern suffixes; parenthesised notes dropped), else when the names are equal once folded.
 */
function sameAgency(predicted: string, gold: string): boolean {
  const g = canonicaliseAgency(gold);
  if (g !== null) return canonicaliseAgency(predicted) === g;
  const strip = (s: string) => fold(s.replace(/\s*\([^()]*\)/g, '')).replace(/^(u s|us|united states) /, '');
  return strip(predicted) === strip(gold);
}

const CHARGE_STOP = new Set(['a', 'an', 'the', 'on', 'of', 'with', 'and', 'to', 'charge', 'charged']);

/**
 * A gold charge note is matched when every charge of the vocabulary it names (by key words or
 * statute) is among the predicted charges, read the same way; a note naming no known charge needs all its content
 * words in one predicted charge.
 */
function matchesCharge(predicted: readonly string[], gold: string): boolean {
  const named = canonicaliseCharges(gold);
  if (named.length > 0) {
    const have = new Set(predicted.flatMap((p) => [p, ...canonicaliseCharges(p)]));
    return named.every((label) => have.has(label));
  }
  const words = (s: string) => fold(s).split(' ').filter((w) => w && !CHARGE_STOP.has(w)).map((w) => w.replace(/(ing|s)$/, ''));
  const g = words(gold);
  return predicted.some((p) => {
    const have = new Set(words(p));
    return g.length > 0 && g.every((w) => have.has(w));
  });
}
