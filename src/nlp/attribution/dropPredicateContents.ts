import type { AttributionDraft } from './attributionDraft.js';

// Words that open right on the cue with a finite verb of their own, quoted or not: "was reopened in 2023".
const PREDICATE_OPENING = /^["“]?\s*(?:was|were|is|are|has|had|have|will|would|could|can|should|must|might|may)\b/u;
// Nothing but spaces and an opening quotation mark between the cue and the words.
const NOTHING_BETWEEN = /^\s*["“]?\s*$/u;

/**
 * "that the removal order DHS cited “was reopened in 2023”": words that open, right after the cue, on a
 * finite verb with no subject of their own are the predicate of the clause the cue stands in (its subject
 * is "the removal order DHS cited"), not what anyone said. Such a relation is dropped: reported words,
 * quoted or not, have a subject ("said he was", "said “I was”").
 */
export function dropPredicateContents(text: string, drafts: readonly AttributionDraft[]): AttributionDraft[] {
  return drafts.filter((d) => {
    if (!d.cue || d.fragments.length === 0) return true;
    const words = d.fragments[0];
    if (words.start < d.cue.end || !NOTHING_BETWEEN.test(text.slice(d.cue.end, words.start))) return true;
    return !PREDICATE_OPENING.test(text.slice(words.start, words.end));
  });
}
