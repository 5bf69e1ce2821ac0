import type { ContestedPoint } from '../../domain/incident.js';
import { camp } from '../../domain/roles.js';
import type { StageRef } from '../../domain/stage.js';
import type { Facet } from '../extract/facetVocab.js';
import { loadFacets } from '../extract/facetVocab.js';
import { findUnanswered } from './findUnanswered.js';
import { groupByFacet } from './groupByFacet.js';
import type { ComparableClaim } from './groupPositions.js';
import { groupPositions } from './groupPositions.js';

export type { ComparableClaim } from './groupPositions.js';
export { groupByFacet } from './groupByFacet.js';

/**
 * Version 2: unanswered points beside the conflicts. Version 3: a stance that states the state's silence ("no reason
 * given") disputes only a reason the state gives. Version 4: two bodies of one side that disagree (an agency and a
 * sheriff's office) contest a facet too. Version 5 (stop 65): ages that are each a different person's of the incident
 * (a driver of 23, a passenger killed at 41) are no dispute (facet personField). Version 6 (stop 71): stances a facet
 * marks compatible never dispute each other (a video that exists and one that contradicts the agency).
 */
export const COMPARE_STAGE: StageRef = Object.freeze({ name: 'compare', version: 6 });

/**
 * The contested points among an incident's claims: conflicts (below), and unanswered points on the
 * other facets (see findUnanswered). A facet is contested when named voices take
 * different stances on it: the state's camp against the subject, counsel, family or witnesses, and
 * also one state voice against another (a sworn affidavit against the agency's statement, an agency
 * revising its first account); the outlets' own reporting is neutral and contests nothing.
 * A value facet (age, shots fired, wound location…) is also contested when documents give different
 * values, whoever gives them: one outlet's 24 against another's 25 must not be silently lost.
 * Facets come in vocabulary order, positions as `groupPositions` orders them.
 */
export function compareClaims(claims: readonly ComparableClaim[], persons: PersonValues = {}): ContestedPoint[] {
  const facets = loadFacets();
  const groups = groupByFacet(claims, facets);
  const conflicts: ContestedPoint[] = groups
    .filter(({ facet, claims: list }) => !valuesOfPersons(facet, list, persons) && isContested(facet, list))
    .map(({ id, facet, claims: list }) => Object.freeze({ facet: id, kind: 'conflict' as const, positions: Object.freeze(groupPositions(facet, list)) }));
  const unanswered = findUnanswered(claims, new Set(conflicts.map((p) => p.facet)), facets);
  const rank = new Map(groups.map(({ id }, i) => [id, i]));
  return [...conflicts, ...unanswered].sort((a, b) => (rank.get(a.facet) ?? 0) - (rank.get(b.facet) ?? 0));
}

/** The values of each field of the incident's persons ("age": their ages, as written in claims). */
export interface PersonValues {
  readonly age?: readonly string[];
}

/**
 * "age 23 (CBP)" against "age 41 (the outlet)" where the driver is 23 and a passenger killed 41: a
 * facet of a person's field whose different values are each a different person's of the incident.
 */
function valuesOfPersons(facet: Facet | null, claims: readonly ComparableClaim[], persons: PersonValues): boolean {
  const known = facet?.personField ? persons[facet.personField] : undefined;
  if (!known) return false;
  const values = new Set(claims.map((c) => c.value));
  return values.size >= 2 && [...values].every((v) => known.includes(v));
}

/**
 * Whether two bodies of one side take stances the other does not: "a dark object", says CBP; no
 * weapon was found, says the sheriff's office. Each body by its affiliation (its name when it has
 * none), so a spokesperson and her agency are one body.
 */
function twoBodiesDisagree(facet: Facet | null, voices: readonly ComparableClaim[]): boolean {
  const byBody = new Map<string, Set<string>>();
  for (const c of voices) {
    if (c.speaker === null) continue;
    const body = c.speaker.affiliation ?? c.speaker.name;
    byBody.set(body, (byBody.get(body) ?? new Set()).add(c.stance));
  }
  const bodies = [...byBody.values()];
  const rival = (x: string, y: string): boolean => !compatibleStances(facet, x, y);
  return bodies.some((a, i) => bodies.slice(i + 1).some((b) => [...a].some((x) => !b.has(x) && [...b].some((y) => !a.has(y) && rival(x, y)))));
}

/** Whether `a` and `b` are stances the facet says never dispute each other (either way round). */
function compatibleStances(facet: Facet | null, a: string, b: string): boolean {
  const stances = facet?.stances ?? [];
  return stances.some((s) => (s.id === a && s.compatible.includes(b)) || (s.id === b && s.compatible.includes(a)));
}

/** Two stances voiced that dispute each other: "a video exists" beside "it contradicts the agency" is none. */
function hasRivalStances(facet: Facet | null, voiced: ReadonlySet<string>): boolean {
  const list = [...voiced];
  return list.some((a, i) => list.slice(i + 1).some((b) => !compatibleStances(facet, a, b)));
}

function isContested(facet: Facet | null, claims: readonly ComparableClaim[]): boolean {
  // Any two named voices that take different stances: the state against the subject, but also an
  // affidavit against the agency's first statement, or an agency revising its own account.
  // One voice contradicting itself alone (a witness giving two counts) is noise, not a dispute:
  // the facet must also be reported by more than one side.
  // "No reason given" disputes only a reason the state gives: beside the family's "on his way to
  // work" alone it is the same side's complaint (an unanswered point, findUnanswered), not a dispute.
  const voices = claims.filter((c) => camp(c.side) !== 'neutral');
  const silences = new Set(facet?.stances.filter((s) => s.silenceOf === 'state').map((s) => s.id));
  const stateAnswers = voices.some((c) => camp(c.side) === 'state' && !silences.has(c.stance));
  const voiced = new Set(voices.filter((c) => stateAnswers || !silences.has(c.stance)).map((c) => c.stance));
  if (hasRivalStances(facet, voiced) && (new Set(claims.map((c) => c.side)).size >= 2 || twoBodiesDisagree(facet, voices))) return true;
  if (facet?.kind !== 'value') return false;
  const documentsByStance = new Map<string, Set<string>>();
  for (const c of claims) documentsByStance.set(c.stance, (documentsByStance.get(c.stance) ?? new Set()).add(c.documentId));
  if (documentsByStance.size < 2) return false;
  return new Set(claims.map((c) => c.documentId)).size >= 2;
}
