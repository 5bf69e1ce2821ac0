import { z } from 'zod';
import forceJson from '../../../vocab/force.json' with { type: 'json' };
import { ParallaxError } from '../../lib/errors.js';
import { compileRegexList } from './compileRegexList.js';

export interface ForceType {
  readonly id: string;
  readonly label: string;
  readonly patterns: readonly RegExp[];
  readonly ambiguous: readonly RegExp[];
  /** `patterns` then `ambiguous`, compiled once as one list. */
  readonly all: readonly RegExp[];
  readonly yieldsTo: readonly string[];
  /** A verb of this kind of force that, right before a person the sentence names, tells it was used on them ("tackled Luis Cardenas"). */
  readonly onNamed: RegExp | null;
}

/** vocab/force.json compiled: what tells a use-of-force incident, its scope and its outcome. */
export interface ForceVocab {
  readonly strong: readonly RegExp[];
  readonly weak: readonly RegExp[];
  /** "a gunman", "the sniper": someone who attacked officers, whose shots are no use of force by them. */
  readonly attackers: readonly RegExp[];
  /** "agents returned fire", "shot by officers": officers using force, whoever else fired. */
  readonly officerForce: readonly RegExp[];
  /** Words that tell an agency took part in the event or its aftermath (investigating, at the scene, a review). */
  readonly involvement: readonly RegExp[];
  readonly scopeAgencies: ReadonlySet<string>;
  readonly scopeActors: readonly RegExp[];
  readonly passingMarkers: readonly RegExp[];
  /** "the third shooting", "at least five times": a sentence that counts incidents, telling none of them. */
  readonly seriesMarkers: readonly RegExp[];
  /** "shot two people in separate encounters": the document reports several incidents, one per dated account. */
  readonly splitMarkers: readonly RegExp[];
  /**
   * Kinds of force. `ambiguous` words ("shot", "fired") tell this kind only when no kind of
   * `yieldsTo` is told too: "fired pepper balls … they shot me in the head" is no firearm.
   */
  readonly forceTypes: readonly ForceType[];
  readonly outcomes: { readonly killed: readonly RegExp[]; readonly injured: readonly RegExp[]; readonly uninjured: readonly RegExp[] };
  readonly subjectNouns: RegExp;
  /** The words a document calls a person it does not name ("one individual", "a 27-year-old Mexican national"); global. */
  readonly unnamedSubject: RegExp;
  /** Words telling of more than one person force was used on ("two men", "the other passenger"). */
  readonly severalSubjects: RegExp;
  /** "an agent", "the officer": one actor, so a particular event rather than a generality. */
  readonly singularActor: RegExp;
  /** Every force type's `onNamed` verbs in one pattern: force used on a person the sentence names tells an incident. */
  readonly forceOnNamed: RegExp | null;
}

const schema = z.object({
  incidentWords: z.object({ strong: z.array(z.string()).min(1), weak: z.array(z.string()), attackers: z.array(z.string()).default([]), officerForce: z.array(z.string()).default([]), involvement: z.array(z.string()).default([]) }),
  scope: z.object({ agencies: z.array(z.string()), actorPatterns: z.array(z.string()) }),
  passingMarkers: z.array(z.string()),
  seriesMarkers: z.array(z.string()).default([]),
  splitMarkers: z.array(z.string()).default([]),
  forceTypes: z.array(z.object({ id: z.string(), label: z.string(), patterns: z.array(z.string()).min(1), ambiguous: z.array(z.string()).default([]), yieldsTo: z.array(z.string()).default([]), onNamed: z.string().optional() })),
  outcomes: z.object({ killed: z.array(z.string()), injured: z.array(z.string()), uninjured: z.array(z.string()) }),
  subjectNouns: z.string(),
  unnamedSubject: z.string(),
  severalSubjects: z.string(),
  singularActor: z.string(),
});

let cached: ForceVocab | null = null;

/** A verb pattern read right before a name: it must end where the name's space begins. */
function endingIn(source: string | undefined): RegExp | null {
  return source ? new RegExp(`(?:${source})\\s+$`, 'iu') : null;
}

/** Loads vocab/force.json once per process; a malformed file fails loudly. */
export function loadForceVocab(): ForceVocab {
  if (cached) return cached;
  const parsed = schema.safeParse(forceJson);
  if (!parsed.success) throw new ParallaxError('stage_failed', 'vocab/force.json is malformed.', { issues: parsed.error.issues.slice(0, 5) });
  const v = parsed.data;
  const list = (sources: readonly string[]) => compileRegexList('force.json', sources);
  cached = Object.freeze({
    strong: list(v.incidentWords.strong),
    weak: list(v.incidentWords.weak),
    attackers: list(v.incidentWords.attackers),
    officerForce: list(v.incidentWords.officerForce),
    involvement: list(v.incidentWords.involvement),
    scopeAgencies: new Set(v.scope.agencies.map((a) => a.toLowerCase())),
    // Actor phrases such as "ICE" are acronyms: matched case-sensitively when written in capitals.
    scopeActors: Object.freeze(v.scope.actorPatterns.map((s) => new RegExp(s, /^\\b[A-Z]+\\b$/.test(s) ? 'gu' : 'giu'))),
    passingMarkers: list(v.passingMarkers),
    seriesMarkers: list(v.seriesMarkers),
    splitMarkers: list(v.splitMarkers),
    forceTypes: Object.freeze(v.forceTypes.map((t) => Object.freeze({ id: t.id, label: t.label, patterns: list(t.patterns), ambiguous: list(t.ambiguous), all: list([...t.patterns, ...t.ambiguous]), yieldsTo: Object.freeze(t.yieldsTo), onNamed: endingIn(t.onNamed) }))),
    outcomes: Object.freeze({ killed: list(v.outcomes.killed), injured: list(v.outcomes.injured), uninjured: list(v.outcomes.uninjured) }),
    subjectNouns: new RegExp(v.subjectNouns, 'giu'),
    unnamedSubject: new RegExp(v.unnamedSubject, 'giu'),
    severalSubjects: new RegExp(v.severalSubjects, 'iu'),
    singularActor: new RegExp(v.singularActor, 'iu'),
    forceOnNamed: endingIn(v.forceTypes.flatMap((t) => (t.onNamed ? [t.onNamed] : [])).join('|') || undefined),
  });
  return cached;
}
