import type { Token } from '../../domain/analysis.js';
import type { CueLexicon, CueVerb } from './cueLexicon.js';

const SUBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
const DO_SUPPORT = new Set(['did', 'do', 'does']);
const QUESTION_MODALS = new Set(['can', 'could', 'will', 'would']);
const CLOSERS = new Set(['"', '”', "'", '’', ')']);
// "CBP should explain why …", "the agency must say whether …", "ought to tell … what": what someone is told to answer, not what they said.
const DEONTIC = new Set(['should', 'must', 'ought']);
const ASKING = new Set(['why', 'whether', 'how', 'what', 'who', 'where', 'when', 'if']);
const OBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM']);

/** Whether a question word follows the verb, past an object of three words at most ("tell the family what …"). */
function asksAfter(tokens: readonly Token[], k: number, end: number): boolean {
  for (let j = k; j < end && j <= k + 3; j++) {
    if (ASKING.has(tokens[j].normal)) return true;
    if (!OBJECT_POS.has(tokens[j].pos)) return false;
  }
  return false;
}

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

const PERCEIVING = new Set(['hear', 'heard', 'hearing', 'hears']);
const NEGATIONS = new Set(['never', 'not', "n't", 'n’t', 'no', 'nobody', 'none']);
const DENYING = new Set(['denied', 'denies', 'deny', 'denying']);

/** Whether the verb of perceiving at `p` is negated or denied: "never heard", "did not hear", "denied hearing". */
function unperceived(tokens: readonly Token[], p: number, from: number): boolean {
  for (let i = p - 1; i >= from && i >= p - 2; i--) if (NEGATIONS.has(tokens[i].normal) || DENYING.has(tokens[i].normal)) return true;
  return false;
}

const ANSWERING = new Set(['say', 'explain', 'specify', 'disclose', 'address', 'know', 'tell']);
const WITHHOLDING = new Set(['declined', 'declines', 'refused', 'refuses']);

/**
 * "Ostrander did not say what the officer believed …", "declined to explain why agents thought …": a
 * verb whose subject a question word opens, under a verb of answering negated or withheld; the
 * question went unanswered, and its subject said nothing there.
 */
function answersNoQuestion(tokens: readonly Token[], k: number, from: number): boolean {
  // The question word may read as the subject's pronoun: the subject's words are scanned back to it.
  let w = k - 1;
  while (w >= from && k - w <= 8 && !ASKING.has(tokens[w].normal) && SUBJECT_POS.has(tokens[w].pos)) w--;
  if (w === k - 1 || w - 1 < from || !ASKING.has(tokens[w].normal)) return false;
  const p = w - 1;
  if (!ANSWERING.has(tokens[p].lemma)) return false;
  if (tokens[p - 1]?.normal === 'to') return WITHHOLDING.has(tokens[p - 2]?.normal ?? '');
  return p - 1 >= from && NEGATIONS.has(tokens[p - 1].normal);
}

/**
 * A bare verb of saying that asserts nothing: asked about in a question with "do" ("Did they tell
 * you why they stopped you?", "Why did he say …?": a verb of saying), owed as an answer ("CBP should
 * explain why …", "must say whether"), or demanded in the clause a verb of demanding
 * governs ("demanded that ICE explain why …", "asked that the agency say whether …"), or not heard
 * ("he never heard Quiroga say he could not breathe", "did not hear anyone say"). Whoever its
 * subject is said nothing there. `from`/`end` bound the sentence's tokens.
 */
export function isUnassertedVerb(tokens: readonly Token[], k: number, verb: CueVerb, lexicon: CueLexicon, from: number, end: number): boolean {
  if (answersNoQuestion(tokens, k, from)) return true;
  if (tokens[k].normal !== verb.lemma) return false;
  const modal = tokens[k - 1]?.normal === 'to' && tokens[k - 2]?.normal === 'ought' ? tokens[k - 2] : tokens[k - 1];
  if (modal && k - 1 >= from && DEONTIC.has(modal.normal) && asksAfter(tokens, k + 1, end)) return true;
  const j = subjectStart(tokens, k, from);
  if (j === k) return false;
  const before = tokens[j - 1];
  if (!before) return false;
  // "Do you think …?" asks what the listener believes, which PolNeAR counts; only saying is asked about.
  if (DO_SUPPORT.has(before.normal)) return verb.speech && endsWithQuestionMark(tokens, end, from);
  // "Can you confirm where he was hit?", "Will you tell us …?": a modal opening a question asks, it reports nothing.
  if (QUESTION_MODALS.has(before.normal) && (j - 1 === from || tokens[j - 2].pos === 'PUNCT') && endsWithQuestionMark(tokens, end, from)) return true;
  if (PERCEIVING.has(before.normal) && unperceived(tokens, j - 1, from)) return true;
  const governor = before.normal === 'that' ? tokens[j - 2] : before;
  return governor !== undefined && lexicon.mandatives.has(governor.normal);
}
