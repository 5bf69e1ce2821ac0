import type { DatePrecision } from '../../domain/analysis.js';
import type { IncidentDraft, IncidentPerson } from '../../domain/incident.js';
import type { StageRef } from '../../domain/stage.js';
import { foldName, sameName, surnameParts } from '../merge/foldName.js';

export const CLUSTER_STAGE: StageRef = Object.freeze({ name: 'cluster', version: 2 });

/** What is known of an existing incident when deciding whether a new draft reports it. */
export interface IncidentCandidate {
  readonly id: string;
  readonly date: string | null;
  readonly datePrecision: DatePrecision;
  readonly city: string | null;
  readonly state: string | null;
  readonly place: string | null;
  readonly subjectNames: readonly string[];
  readonly agencies: readonly string[];
}

// How far apart two reports of one event may date it, by the vaguer of the two precisions.
const WINDOW_DAYS: Readonly<Record<DatePrecision, number>> = { day: 3, week: 10, month: 35, year: 370, unknown: Infinity };
const PRECISION_ORDER: readonly DatePrecision[] = ['day', 'week', 'month', 'year', 'unknown'];
const THRESHOLD = 3.5;

/**
 * The incident a draft reports, or null to found a new one. Candidates are blocked on the date
 * window (±3 days, wider for vaguer dates) and on sharing a place or a subject name; then scored on
 * subject name (a shared surname is strong), place, date closeness and agencies. Two incidents in
 * the same city in the same week stay apart when both name their subjects and the names differ.
 * Deterministic: the best score wins, ties to the lowest id.
 */
export function matchIncident(draft: IncidentDraft, candidates: readonly IncidentCandidate[]): string | null {
  const names = namesOf(draft.persons.filter((p) => p.role === 'subject'));
  // A document may name as "other" someone another document found shot: any named person links.
  const everyone = namesOf(draft.persons.filter((p) => p.role !== 'officer'));
  let best: { id: string; score: number } | null = null;
  for (const c of candidates) {
    const score = scoreCandidate(draft, names, everyone, c);
    if (score === null || score < THRESHOLD) continue;
    if (!best || score > best.score || (score === best.score && c.id < best.id)) best = { id: c.id, score };
  }
  return best?.id ?? null;
}

function scoreCandidate(draft: IncidentDraft, names: readonly string[], everyone: readonly string[], c: IncidentCandidate): number | null {
  const gap = dayGap(draft.date, c.date);
  const vaguer = PRECISION_ORDER[Math.max(PRECISION_ORDER.indexOf(draft.datePrecision), PRECISION_ORDER.indexOf(c.datePrecision))];
  if (gap !== null && gap > WINDOW_DAYS[vaguer]) return null;
  const nameMatch = everyone.some((n) => c.subjectNames.some((m) => sameName(n, m)));
  const surnameMatch = nameMatch || everyone.some((n) => c.subjectNames.some((m) => surnameParts(n).some((p) => surnameParts(m).includes(p))));
  const sameCity = Boolean(draft.city && c.city && foldName(draft.city) === foldName(c.city) && (!draft.state || !c.state || draft.state === c.state));
  const samePlace = Boolean(draft.place && c.place && foldName(draft.place) === foldName(c.place));
  // Both sides name who force was used on and nobody is shared: different incidents, unless the same
  // agency used force at the same place within the city (a street, a neighbourhood) on the same day
  // or the next, both dated to the day: one outlet names the driver, another the passenger.
  const sameScene = sameCity && samePlace && gap !== null && gap <= 1 && vaguer === 'day' && draft.agencies.some((a) => c.agencies.includes(a));
  if (names.length && c.subjectNames.length && !surnameMatch && !sameScene) return null;
  if (!surnameMatch && !sameCity) return null;
  let score = 0;
  if (nameMatch) score += 6;
  else if (surnameMatch) score += 4;
  if (sameCity) score += 2;
  if (samePlace) score += 1;
  if (gap !== null) score += gap === 0 ? 2 : gap <= 1 ? 1.5 : gap <= WINDOW_DAYS.day ? 1 : 0.5;
  if (draft.agencies.some((a) => c.agencies.includes(a))) score += 0.5;
  return score;
}

/** The names given; a person no document names (name null) links nothing. */
function namesOf(persons: readonly IncidentPerson[]): string[] {
  return persons.flatMap((p) => (p.name === null ? [] : [p.name]));
}

function dayGap(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  const ms = Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`));
  return Number.isFinite(ms) ? Math.round(ms / 86_400_000) : null;
}
