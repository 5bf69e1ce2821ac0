import type { Token } from '../../domain/analysis.js';
import type { CueLexicon } from './cueLexicon.js';

// A cue form that is as often a plural noun: "U.S. claims that …". ("reports" too at first, which took one relation
// from PolNeAR train that was right in every part.)
const NOUN_FORMS = new Set(['claims']);
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
const NOUN_PHRASE_REACH = 5;
// Verbs of saying that take what others said as their object: "rejected DHS claims that …".
const JUDGING = new Set(['rejected', 'rejects', 'reject', 'rejecting', 'questioned', 'questions', 'question', 'challenged', 'challenges', 'challenge', 'dismissed', 'dismisses', 'dismiss', 'repeated', 'repeats', 'repeat', 'echoed', 'echoes', 'echo', 'contradicted', 'contradicts', 'contradict']);

/**
 * "findings the family said contradict U.S. claims that agents were under attack": a cue form that is
 * as often a plural noun, after a noun phrase that a verb takes as its object, is that verb's object
 * noun ("U.S. claims"), no report. The verb is no verb of saying ("said Clinton claims that …"
 * reports), unless one of denial or judgment ("dispute DHS claims that …").
 */
export function isObjectNoun(tokens: readonly Token[], k: number, lexicon: CueLexicon): boolean {
  if (!NOUN_FORMS.has(tokens[k].normal)) return false;
  // "dispute DHS claims that …": a verb of denial takes the claims as its object (the tagger may read it as a noun);
  // "said Clinton claims that …" reports.
  const judges = (t: Token) => lexicon.denials.has(t.normal) || JUDGING.has(t.normal);
  let j = k - 1;
  while (j >= 0 && k - j <= NOUN_PHRASE_REACH && NOUN_PHRASE.has(tokens[j].pos) && !judges(tokens[j])) j--;
  if (j === k - 1 || j < 0) return false;
  const verb = tokens[j];
  return judges(verb) || (verb.pos === 'VERB' && !lexicon.verbs.has(verb.normal));
}
