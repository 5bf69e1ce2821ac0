import { z } from 'zod';
import chargesJson from '../../../vocab/charges.json' with { type: 'json' };
import { ParallaxError } from '../../lib/errors.js';
import { compileRegexList } from './compileRegexList.js';

/** vocab/charges.json compiled: charge cues and normalised charge labels. */
export interface ChargeVocab {
  readonly cues: readonly RegExp[];
  readonly charges: readonly { readonly label: string; readonly patterns: readonly RegExp[] }[];
}

const schema = z.object({
  cues: z.array(z.string()).min(1),
  charges: z.array(z.object({ label: z.string().min(1), patterns: z.array(z.string()).min(1) })),
});

let cached: ChargeVocab | null = null;

/** Loads vocab/charges.json once per process; a malformed file fails loudly. */
export function loadChargeVocab(): ChargeVocab {
  if (cached) return cached;
  const parsed = schema.safeParse(chargesJson);
  if (!parsed.success) throw new ParallaxError('stage_failed', 'vocab/charges.json is malformed.', { issues: parsed.error.issues.slice(0, 5) });
  cached = Object.freeze({
    cues: compileRegexList('charges.json', parsed.data.cues),
    charges: Object.freeze(parsed.data.charges.map((c) => Object.freeze({ label: c.label, patterns: compileRegexList('charges.json', c.patterns) }))),
  });
  return cached;
}
