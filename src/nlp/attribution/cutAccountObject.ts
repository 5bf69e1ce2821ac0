import { makeSpan } from '../../lib/spans.js';
import type { AttributionDraft } from './attributionDraft.js';

// "told", "tells", "wrote": the cues an account is told or written with.
const TELLING = /\b(?:tell|tells|told|telling|write|writes|wrote|written|writing)$/iu;
// "its version", "their side of the story", "the story": an account named as a thing, then ", and" a clause of the writer's.
const ACCOUNT_THEN_CLAUSE = /^((?:its|his|her|their|the|this|that|our|my)\s+(?:own\s+)?(?:version|story|side|account)(?:\s+of\s+(?:it|events|the\s+story|what\s+happened))?)\s*,\s*(?:and|but)\s/iu;

/**
 * "the government has already told its version, and its version is not what happened": an account
 * named as a thing is all one "told"; the clause after ", and" is the writer's, never the teller's
 * (the rules alone).
 */
export function cutAccountObject(text: string, drafts: readonly AttributionDraft[]): AttributionDraft[] {
  return drafts.map((d) => {
    const first = d.fragments[0];
    if (!d.cue || !first || d.fragments.length !== 1 || !TELLING.test(text.slice(d.cue.start, d.cue.end).trim())) return d;
    const m = ACCOUNT_THEN_CLAUSE.exec(text.slice(first.start, first.end));
    return m ? { ...d, fragments: [makeSpan(text, first.start, first.start + m[1].length)] } : d;
  });
}
