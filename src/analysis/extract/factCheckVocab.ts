import { z } from 'zod';
import factChecksJson from '../../../vocab/fact-checks.json' with { type: 'json' };
import { ParallaxError } from '../../lib/errors.js';
import { screenSetOf } from './compileScreenSet.js';

/** vocab/fact-checks.json compiled: what makes a document a fact check, and where its verdict stands. */
export interface FactCheckVocab {
  /** A title opening on a marker ("Fact check: …"). */
  readonly title: RegExp;
  /** A URL holding one ("/fact-check/…"). */
  readonly url: RegExp;
  /** A section heading that opens the verdict ("Our ruling"), the whole line. */
  readonly heading: RegExp;
  /** A sentence giving the rating in the outlet's first person ("We rate it Unverifiable"). */
  readonly verdicts: readonly RegExp[];
}

const schema = z.object({
  markers: z.array(z.string().min(1)).min(1),
  headings: z.array(z.string().min(1)).min(1),
  verdicts: z.array(z.string().min(1)),
});

let cached: FactCheckVocab | null = null;

/** The vocabulary of vocab/fact-checks.json, validated and compiled once per process. */
export function loadFactCheckVocab(): FactCheckVocab {
  if (!cached) cached = compileFactCheckVocab(factChecksJson);
  return cached;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Validates and compiles a fact-check vocabulary (exported so tests can compile their own); a malformed one fails loudly. */
export function compileFactCheckVocab(raw: unknown): FactCheckVocab {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new ParallaxError('stage_failed', 'vocab/fact-checks.json is malformed.', { issues: parsed.error.issues });
  const v = parsed.data;
  const markers = v.markers.map(escape).join('|');
  const compile = (source: string) => {
    try {
      return new RegExp(source, 'iu');
    } catch (err) {
      throw new ParallaxError('stage_failed', 'vocab/fact-checks.json: bad pattern.', { source, reason: (err as Error).message });
    }
  };
  const verdicts = Object.freeze(v.verdicts.map(compile));
  // Their screens registered now, with the vocabulary, not at the first sentence screened (compileRegexList does the same).
  screenSetOf(verdicts);
  return Object.freeze({
    title: compile(`^\\s*(?:${markers})\\b`),
    url: compile(`[/._-](?:${v.markers.map((m) => escape(m.replace(/\s+/gu, '-'))).join('|')})(?:$|[/._-])`),
    heading: compile(`^\\s*(?:${v.headings.map(escape).join('|')})\\s*:?\\s*$`),
    verdicts,
  });
}
