import type { AttributionDraft } from './attributionDraft.js';

// Words that open right on the cue with a finite verb of their own, quoted or not: "was reopened in 2023".
const PREDICATE_OPENING = /^["“]?\s*(?:was|were|is|are|has|had|have|will|would|could|can|should|must|might|may)\b/u;
// Cues whose verb takes a thing, not a clause, as its object: "the order DHS cited", "the memo she released".
// Not "said": "a rule change that he said would make it harder" reports what he said would.
const THING_VERBS = /^(?:cited|cites|quoted|quotes|mentioned|mentions|referenced|references|invoked|invokes|released|releases|issued|issues|published|publishes|posted|posts|shared|shares|filed|files)$/iu;
// Nothing but spaces and an opening quotation mark between the cue and the words.
const NOTHING_BETWEEN = /^\s*["“]?\s*$/u;

/**
 * "that the removal order DHS cited “was reopened in 2023”": words that open, right after the cue, on a
 * finite verb with no subject of their own, after a cue whose verb takes a thing as its object ("cited",
 * "released"), are the predicate of the clause the cue stands in (its subject is "the removal order DHS
 * cited"), not what anyone said. Such a relation is dropped. After a verb of saying they are reported words
 * whose subject the relative took ("a rule change that he said would make it harder").
 */
export function dropPredicateContents(text: string, drafts: readonly AttributionDraft[]): AttributionDraft[] {
  return drafts.filter((d) => {
    if (!d.cue || d.fragments.length === 0 || !THING_VERBS.test(text.slice(d.cue.start, d.cue.end).trim())) return true;
    const words = d.fragments[0];
    if (words.start < d.cue.end || !NOTHING_BETWEEN.test(text.slice(d.cue.end, words.start))) return true;
    return !PREDICATE_OPENING.test(text.slice(words.start, words.end));
  });
}
