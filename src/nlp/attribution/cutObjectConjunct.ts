import type { Token } from '../../domain/analysis.js';
import type { CueLexicon } from './cueLexicon.js';
import { finishRange } from './scanNounPhraseBack.js';
import type { SourceResult } from './sourceResult.js';

// "Don't let the media and Rubio tell you …": the object of these verbs does the next verb.
const OBJECT_SUBJECT_VERBS = new Set(['let', 'make', 'help', 'hear', 'see', 'watch', 'notice', 'overhear', 'feel', 'get']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);

/**
 * "Mr. Sanders has demonized Wall Street and Mr. Trump has disparaged …", "Neither has won a state and
 * Cruz suggested …": two clauses joined by "and" without a comma; the scan back ran from the cue's
 * subject over "and" into the first clause's object, up to its verb. The speaker is the
 * phrase after the first "and" ("Mr. Trump"; "… for unions and both the AFT and the NEA endorsed" keeps
 * "both the AFT and the NEA"), not "Wall Street and Mr. Trump". Not after a preposition ("after Obama and
 * Clinton declared"), a verb of saying (its object may be a reported clause's coordinated subject) or
 * "let", "make", "hear", "see" ("let the media and Rubio tell you"). Otherwise `found` as it is.
 */
export function cutObjectConjunct(tokens: readonly Token[], lexicon: CueLexicon, found: SourceResult, floor: number): SourceResult {
  if (found.kind !== 'source') return found;
  const { from, to } = found.range;
  const before = tokens[from - 1];
  if (from - 2 < floor || !before || !(before.pos === 'VERB' || before.pos === 'AUX') || lexicon.verbs.has(before.normal) || OBJECT_SUBJECT_VERBS.has(before.lemma)) return found;
  // "his focus groups and other research show": a "verb" after a determiner or possessive is a noun the tagger misread;
  // "avoided alienating X and Y": a gerund's object may run on into the next clause's subject.
  if (tokens[from - 2].pos === 'DET' || (tokens[from - 2].pos === 'PRON' && POSSESSIVES.has(tokens[from - 2].normal)) || before.normal.endsWith('ing') || tokens[from].normal.endsWith('ing')) return found;
  let depth = 0;
  let and = -1;
  for (let j = from; j < to; j++) {
    const t = tokens[j];
    if (t.text === '(') depth++;
    else if (t.text === ')') depth--;
    else if (depth === 0 && t.pos === 'CCONJ' && t.normal === 'and' && and < 0) and = j;
  }
  // "A poll released Sunday by the Post and ABC News shows": a participle or an agent's "by" before "and" makes it one phrase.
  if (and < 0 || and + 1 >= to || tokens.slice(from, and).some((t) => t.pos === 'VERB' || t.normal === 'by')) return found;
  const rest = finishRange(tokens, and + 1, to);
  return rest.kind === 'source' && rest.range.from === and + 1 ? rest : found;
}
