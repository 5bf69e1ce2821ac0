import { z } from 'zod';
import facetsJson from '../../../vocab/facets.json' with { type: 'json' };
import { SIDES, type Side } from '../../domain/roles.js';
import { ParallaxError } from '../../lib/errors.js';
import { hoistBoundary } from './hoistBoundary.js';
import { screenRegex, type RegexScreen } from './screenRegex.js';

/** A facet of use-of-force reporting (vocab/facets.json) with its patterns compiled. */
export interface Facet {
  readonly id: string;
  readonly label: string;
  readonly aliases: readonly string[];
  /** "value" facets take their stance from the matched value (an age, a body part, a count). */
  readonly kind: 'stance' | 'value';
  /** How a value facet's value is normalised so equal values compare equal. */
  readonly valueType: ValueType | null;
  /** About the person force was used on: a hit whose clause is about an officer ("The agent was struck in the leg") is no claim of it. */
  /**
   * The field of the incident's persons the value is ("age"): values that are each the field of a
   * different person of the incident (a driver of 23, a passenger of 41) are no dispute.
   */
  readonly personField: 'age' | null;
  readonly aboutSubject: boolean;
  /**
   * Whose conduct the facet tells, when the words alone do not: the subject's ("pointed a rifle",
   * "with a knife": no claim of it when an officer does it, "an agent pointed his gun") or the
   * officers' ("drew his gun": no claim of it when aimed at officers, "pointed a rifle at agents").
   */
  readonly conductOf: 'subject' | 'officers' | null;
  /** Of the person's own standing (status, record, ties, age): what the text says of the relative a status comes through ("through her husband, a U.S. citizen") is no claim of it. */
  readonly notOfKin: boolean;
  /** The charges of the person force was used on: a charge an officer faces ("indicted an ICE officer") is no claim of it. */
  readonly chargeOfSubject: boolean;
  /** Asked only of an incident that tells a death ("killed"): "he was beaten for it", of a man who lived, says no cause of death. */
  readonly requiresDeath: boolean;
  /**
   * About what officials state of incidents (the statistic a statement cites), not about the event:
   * a fact check of the statement speaks to it wherever in the check it is said (findFactCheckVerdict).
   */
  readonly aboutStatements: boolean;
  /** A force type of vocab/force.json the incident must tell for the facet to be asked ("firearm": whether shots hit him). */
  readonly requiresForce: string | null;
  /**
   * What the incident's sentences must mention for the facet to be asked (a vehicle, for whether it
   * was driven at officers: "he never hit anyone", of a man with a shovel, says nothing of a car).
   */
  readonly requiresMention: RegExp | null;
  readonly stances: readonly FacetStance[];
}

export type ValueType = 'number' | 'count' | 'word' | 'name';

export interface FacetStance {
  readonly id: string;
  readonly label: string;
  /** What an incident field takes from this stance (e.g. footage "none publicly released"). */
  readonly fieldValue: string | null;
  /**
   * The stance says the state has given no answer ("no reason given"): it disputes only an answer the
   * state gives, never another voice's account (compareClaims). Null for a stance that is an account.
   */
  readonly silenceOf: 'state' | null;
  /**
   * Whether a reading of this stance that is denied or contradicted takes the other stance: "he did
   * not drive at them" is driving away, but "she denied trying to drive away" is no driving at them.
   */
  readonly inverts: boolean;
  /**
   * Stances of the same facet this one never disputes: a video that "exists" and one that "contradicts
   * the official account" are the same video; care given at the scene and a family kept from visiting
   * are about different things (compareClaims).
   */
  readonly compatible: readonly string[];
  readonly patterns: readonly FacetPattern[];
}

export interface FacetPattern {
  readonly regex: RegExp;
  readonly weight: number;
  /** Literals every match contains: a sentence without them is not searched (see screenRegex). */
  readonly screen: RegexScreen;
  /** The sides whose words the pattern reads a stance from (null: any side's, the outlet's included). */
  readonly sides: ReadonlySet<Side> | null;
}

const patternSchema = z.union([
  z.string(),
  z.object({ source: z.string(), weight: z.number().positive().optional(), caseSensitive: z.boolean().optional(), sides: z.array(z.enum(SIDES)).min(1).optional() }),
]);

const vocabSchema = z.object({
  facets: z.array(
    z.object({
      id: z.string().min(1),
      label: z.string().min(1),
      kind: z.enum(['stance', 'value']),
      valueType: z.enum(['number', 'count', 'word', 'name']).optional(),
      aboutSubject: z.boolean().optional(),
      conductOf: z.enum(['subject', 'officers']).optional(),
      requiresDeath: z.boolean().optional(),
      aboutStatements: z.boolean().optional(),
      requiresForce: z.string().min(1).optional(),
      requiresMention: z.string().min(1).optional(),
      chargeOfSubject: z.boolean().optional(),
      notOfKin: z.boolean().optional(),
      personField: z.enum(['age']).optional(),
      aliases: z.array(z.string()),
      stances: z
        .array(z.object({ id: z.string().min(1), label: z.string(), fieldValue: z.string().optional(), silenceOf: z.literal('state').optional(), inverts: z.boolean().optional(), compatible: z.array(z.string()).optional(), patterns: z.array(patternSchema).min(1) }))
        .min(1),
    }),
  ),
});

let cached: readonly Facet[] | null = null;

/** The facet vocabulary, validated and compiled once per process; a malformed file fails loudly. */
export function loadFacets(): readonly Facet[] {
  if (!cached) cached = compileFacets(facetsJson);
  return cached;
}

/** Validates and compiles a facet vocabulary (exported so tests can compile their own). */
export function compileFacets(json: unknown): readonly Facet[] {
  const parsed = vocabSchema.safeParse(json);
  if (!parsed.success) throw new ParallaxError('stage_failed', 'vocab/facets.json is malformed.', { issues: parsed.error.issues.slice(0, 5) });
  return Object.freeze(
    parsed.data.facets.map((f) =>
      Object.freeze({
        id: f.id,
        label: f.label,
        kind: f.kind,
        valueType: f.valueType ?? (f.kind === 'value' ? 'word' : null),
        aboutSubject: f.aboutSubject ?? false,
        conductOf: f.conductOf ?? null,
        requiresDeath: f.requiresDeath ?? false,
        aboutStatements: f.aboutStatements ?? false,
        requiresForce: f.requiresForce ?? null,
        requiresMention: f.requiresMention ? new RegExp(f.requiresMention, 'iu') : null,
        chargeOfSubject: f.chargeOfSubject ?? false,
        notOfKin: f.notOfKin ?? false,
        personField: f.personField ?? null,
        aliases: Object.freeze([...f.aliases]),
        stances: Object.freeze(
          f.stances.map((s) =>
            Object.freeze({
              id: s.id,
              label: s.label,
              fieldValue: s.fieldValue ?? null,
              silenceOf: s.silenceOf ?? null,
              inverts: s.inverts ?? true,
              compatible: Object.freeze([...(s.compatible ?? [])]),
              patterns: Object.freeze(s.patterns.map((p) => compilePattern(f.id, p))),
            }),
          ),
        ),
      }),
    ),
  );
}

function compilePattern(facet: string, p: z.infer<typeof patternSchema>): FacetPattern {
  const source = typeof p === 'string' ? p : p.source;
  const flags = typeof p !== 'string' && p.caseSensitive ? 'gu' : 'giu';
  try {
    // A leading lookbehind is run after the pattern's word boundary, not at every position (hoistBoundary).
    const regex = new RegExp(hoistBoundary(source), flags);
    const sides = typeof p !== 'string' && p.sides ? Object.freeze(new Set(p.sides)) : null;
    return Object.freeze({ regex, weight: typeof p === 'string' ? 1 : (p.weight ?? 1), screen: screenRegex(regex), sides });
  } catch (err) {
    throw new ParallaxError('stage_failed', `vocab/facets.json: bad pattern in facet ${facet}.`, { facet, source, reason: (err as Error).message });
  }
}

/** The facet with this id, or null. */
export function findFacet(id: string): Facet | null {
  return loadFacets().find((f) => f.id === id) ?? null;
}
