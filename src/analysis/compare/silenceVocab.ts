import { z } from 'zod';
import unansweredJson from '../../../vocab/unanswered.json' with { type: 'json' };
import { ParallaxError } from '../../lib/errors.js';

/** vocab/unanswered.json compiled: when a one-sided facet becomes an unanswered point. */
export interface SilenceVocab {
  /** Wording by which someone withholds an answer ("declined to comment", "has not said"): the silent one is its subject. */
  readonly silence: readonly RegExp[];
  /** Wording that says an answer was never given, whoever says it ("nobody has explained"): the state's silence. */
  readonly unanswered: readonly RegExp[];
  /** Who the words before a silence cue name: the state's camp… */
  readonly silentState: readonly RegExp[];
  /** …or the subject's side (a lawyer, the family). */
  readonly silentOther: readonly RegExp[];
  /** Wording by which a voice asks for an answer. */
  readonly questions: readonly RegExp[];
  /** Per facet id, the stances that accuse the state or ask it to account. */
  readonly accusations: ReadonlyMap<string, ReadonlySet<string>>;
}

const patternSchema = z.union([z.string(), z.object({ source: z.string(), caseSensitive: z.boolean().optional() })]);

const vocabSchema = z.object({
  silence: z.array(patternSchema).min(1),
  unanswered: z.array(patternSchema),
  silentState: z.array(patternSchema).min(1),
  silentOther: z.array(patternSchema).min(1),
  questions: z.array(patternSchema),
  accusations: z.record(z.string(), z.array(z.string().min(1))),
});

let cached: SilenceVocab | null = null;

/** The vocabulary of vocab/unanswered.json, validated and compiled once per process. */
export function loadSilenceVocab(): SilenceVocab {
  if (!cached) cached = compileSilenceVocab(unansweredJson);
  return cached;
}

/** Validates and compiles a silence vocabulary (exported so tests can compile their own); a malformed one fails loudly. */
export function compileSilenceVocab(json: unknown): SilenceVocab {
  const parsed = vocabSchema.safeParse(json);
  if (!parsed.success) throw new ParallaxError('stage_failed', 'vocab/unanswered.json is malformed.', { issues: parsed.error.issues.map((i) => i.message) });
  const v = parsed.data;
  return Object.freeze({
    silence: compilePatterns(v.silence),
    unanswered: compilePatterns(v.unanswered),
    silentState: compilePatterns(v.silentState),
    silentOther: compilePatterns(v.silentOther),
    questions: compilePatterns(v.questions),
    accusations: new Map(Object.entries(v.accusations).map(([facet, stances]) => [facet, new Set(stances)])),
  });
}

function compilePatterns(patterns: readonly z.infer<typeof patternSchema>[]): readonly RegExp[] {
  return Object.freeze(
    patterns.map((p) => {
      const source = typeof p === 'string' ? p : p.source;
      const caseSensitive = typeof p !== 'string' && p.caseSensitive === true;
      try {
        return new RegExp(source, caseSensitive ? 'gu' : 'giu');
      } catch (err) {
        throw new ParallaxError('stage_failed', 'vocab/unanswered.json: bad pattern.', { source, reason: (err as Error).message });
      }
    }),
  );
}
