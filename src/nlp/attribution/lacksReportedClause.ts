import type { AttributionContext, TokenRange } from './attributionContext.js';
import type { CueVerb } from './cueLexicon.js';

const SUBJECT_PARTS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM']);
const MAX_SUBJECT = 6;
const WH_WORDS = new Set(['what', 'how', 'why', 'where', 'when', 'whether', 'who', 'which', 'if']);

/**
 * Whether a verb of vocab/cues.json "clauseOnly" found a content that is no clause, so no report:
 * "found ways to …", "found himself in a race", "felt like …", "knew the rules" are what someone
 * did or had, not what they said or thought. Such a verb reports after "that", or when a subject
 * and its finite verb follow the cue at once ("found they were wrong") or a question word does
 * ("knows what voters want"); a poll or study finds whatever follows. Verbs of saying stay out of
 * the list: "has maintained his innocence" reports with a noun phrase.
 */
export function lacksReportedClause(ctx: AttributionContext, k: number, verb: CueVerb, source: TokenRange, content: readonly TokenRange[]): boolean {
  const { tokens, lexicon } = ctx;
  const first = content[0];
  if (verb.lemma === 'maintain' && first.from > k && holdsStanding(ctx, first)) return true;
  if (!lexicon.clauseOnly.has(verb.lemma) || first.from < k) return false;
  for (let j = source.from; j < source.to; j++) if (lexicon.evidenceNouns.has(tokens[j].normal)) return false;
  for (let j = k + 1; j <= first.from; j++) if (tokens[j].normal === 'that') return false;
  // "knows what voters want", "knew how close it was": a question word opens an embedded clause.
  if (WH_WORDS.has(tokens[first.from].normal)) return false;
  for (let j = first.from; j < Math.min(first.to, first.from + MAX_SUBJECT + 1); j++) {
    const t = tokens[j];
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing'))) return j === first.from;
    if (!SUBJECT_PARTS.has(t.pos) && t.text !== '’s' && t.text !== "'s") return true;
    // "knew the rights she was giving up": a pronoun after the noun opens a relative clause.
    if (t.pos === 'PRON' && j > first.from) return true;
  }
  return true;
}

/** Nouns of a standing in a race, which someone holds rather than says. */
const STANDING = new Set(['lead', 'edge', 'advantage', 'advantages', 'margin', 'pace']);

/**
 * "Ruiz maintains a wide lead over Hale", "maintained an energetic pace": "maintain" with a noun
 * phrase headed by a standing is what someone has, not what they say (PolNeAR train: 5 such
 * readings, none annotated; round 26). "has maintained his innocence" and "maintained that …" stay.
 */
function holdsStanding(ctx: AttributionContext, content: TokenRange): boolean {
  const { tokens } = ctx;
  for (let j = content.from; j < Math.min(content.to, content.from + 8); j++) {
    const t = tokens[j];
    // The tagger may read "lead" as a verb after its modifiers ("his double-digit lead").
    if (STANDING.has(t.normal) && (t.pos === 'NOUN' || (t.pos === 'VERB' && j > content.from))) return true;
    const modifier = SUBJECT_PARTS.has(t.pos) || t.pos === 'ADV' || t.text === '-' || (t.pos === 'VERB' && /(?:ed|ing)$/.test(t.normal));
    if (!modifier || t.pos === 'PRON' && j > content.from) return false;
  }
  return false;
}
