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
 * ("knows what voters want"); a poll or study finds whatever follows. Two verbs of saying are in
 * the list too: "maintain" and "boast" take a noun phrase for what someone keeps or has ("maintained
 * their battle as they sit atop the polls", "boasts a 45-point lead, which her campaign calls a
 * firewall"), where a later verb made the rest read as a clause (PolNeAR train, round 28: 9 such
 * relations, none annotated).
 */
export function lacksReportedClause(ctx: AttributionContext, k: number, verb: CueVerb, source: TokenRange, content: readonly TokenRange[]): boolean {
  const { tokens, lexicon } = ctx;
  const first = content[0];
  if (!lexicon.clauseOnly.has(verb.lemma) || first.from < k) return false;
  for (let j = source.from; j < source.to; j++) if (lexicon.evidenceNouns.has(tokens[j].normal)) return false;
  for (let j = k + 1; j <= first.from; j++) if (tokens[j].normal === 'that') return false;
  // "knows what voters want", "knew how close it was": a question word opens an embedded clause.
  if (WH_WORDS.has(tokens[first.from].normal)) return false;
  // "maintains the 29-year-old driver tried …": an age written with hyphens is one word, and the noun after it no verb (stop 71).
  // Other hyphenated words ("his double-digit lead", "a hard-to-overtake lead") stay what they were: no part of a subject.
  let words = 0;
  for (let j = first.from; j < first.to && words <= MAX_SUBJECT; j++) {
    const t = tokens[j];
    const age = ageWordEnd(tokens, j);
    if (age > j) {
      words++;
      j = age - 1;
      continue;
    }
    words++;
    const afterAge = j > first.from && tokens[j - 1].normal === 'old' && ageWordEnd(tokens, j - 5) === j;
    if (!afterAge && (t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing')))) return j === first.from;
    if (!SUBJECT_PARTS.has(t.pos) && t.text !== '’s' && t.text !== "'s") return true;
    // "knew the rights she was giving up": a pronoun after the noun opens a relative clause.
    if (t.pos === 'PRON' && j > first.from) return true;
  }
  return true;
}

const AGE_UNITS = new Set(['year', 'years', 'month', 'months']);

/** The end of "29-year-old" starting at `j` (five tokens), or -1. */
function ageWordEnd(tokens: AttributionContext['tokens'], j: number): number {
  if (j < 0 || tokens[j]?.pos !== 'NUM' || !isInnerHyphen(tokens, j + 1) || !AGE_UNITS.has(tokens[j + 2]?.normal ?? '') || !isInnerHyphen(tokens, j + 3) || tokens[j + 4]?.normal !== 'old') return -1;
  return j + 5;
}

function isInnerHyphen(tokens: AttributionContext['tokens'], j: number): boolean {
  const t = tokens[j];
  return t.text === '-' && j > 0 && tokens[j - 1].end === t.start && tokens[j + 1]?.start === t.end;
}
