import type { Token } from '../../domain/analysis.js';
import type { CueLexicon, CueVerb } from './cueLexicon.js';

const SUBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
const DO_SUPPORT = new Set(['did', 'do', 'does']);
const CLOSERS = new Set(['"', '”', "'", '’', ')']);

/** The first token of the subject before token `k`: nouns, determiners, pronouns (at most eight). */
function subjectStart(tokens: readonly Token[], k: number, from: number): number {
  let j = k;
  while (j - 1 >= from && k - j < 8 && SUBJECT_POS.has(tokens[j - 1].pos) && !DO_SUPPORT.has(tokens[j - 1].normal)) j--;
  return j;
}

function endsWithQuestionMark(tokens: readonly Token[], end: number, from: number): boolean {
  let last = end - 1;
  while (last > from && CLOSERS.has(tokens[last].text)) last--;
  return tokens[last]?.text === '?';
}

/**
 * A bare verb of saying that asserts nothing: asked about in a question with "do" ("Did they tell
 * you why they stopped you?", "Why did he say …?": a verb of saying), or demanded in the clause a verb of demanding
 * governs ("demanded that ICE explain why …", "asked that the agency say whether …"). Whoever its
 * subject is said nothing there. `from`/`end` bound the sentence's tokens.
 */
export function isUnassertedVerb(tokens: readonly Token[], k: number, verb: CueVerb, lexicon: CueLexicon, from: number, end: number): boolean {
  if (tokens[k].normal !== verb.lemma) return false;
  const j = subjectStart(tokens, k, from);
  if (j === k) return false;
  const before = tokens[j - 1];
  if (!before) return false;
  // "Do you think …?" asks what the listener believes, which PolNeAR counts; only saying is asked about.
  if (DO_SUPPORT.has(before.normal)) return verb.speech && endsWithQuestionMark(tokens, end, from);
  const governor = before.normal === 'that' ? tokens[j - 2] : before;
  return governor !== undefined && lexicon.mandatives.has(governor.normal);
}
