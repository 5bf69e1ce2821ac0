import type { Token } from '../../domain/analysis.js';
import { isNounLike } from './isNpToken.js';
import { finishRange, scanNounPhraseBack } from './scanNounPhraseBack.js';
import type { SourceResult } from './sourceResult.js';

// Verbs whose object does the next verb ("heard Ruiz say", "to let voters decide"): the object is its subject.
const OBJECT_SUBJECT_VERBS = new Set(['let', 'make', 'have', 'help', 'hear', 'see', 'watch', 'notice', 'overhear', 'feel', 'get']);
// Pronouns a restrictive relative may describe ("those who …", "anyone who …").
const RELATIVE_HEADS = new Set(['those', 'anyone', 'anybody', 'everyone', 'everybody', 'someone', 'somebody', 'many', 'some', 'few', 'all', 'others']);
const MAX_RELATIVE_VERB = 3;

/**
 * "Critics like Ana Ruiz say", "Activists clamoring to block the plan say", "Organizers of the push to
 * boycott the speech said", "Those who back her rivals say": the scan back stopped inside the subject,
 * at the noun phrase after "like", after an infinitive or after a relative clause's verb, and took an
 * object for the speaker. Who speaks is the noun phrase before it, with its modifier. Otherwise
 * `found` as it is.
 */
export function widenOverSubjectModifier(tokens: readonly Token[], found: SourceResult, floor: number): SourceResult {
  if (found.kind !== 'source') return found;
  const headEnd = modifiedHeadEnd(tokens, found.range.from, floor);
  if (headEnd < 0) return found;
  // "those who …": the pronoun is the whole head.
  const pronoun = RELATIVE_HEADS.has(tokens[headEnd - 1].normal) && (tokens[headEnd].normal === 'who' || tokens[headEnd].normal === 'that');
  const start = pronoun ? headEnd - 1 : scanNounPhraseBack(tokens, headEnd, floor);
  if (start >= headEnd) return found;
  const head = pronoun ? found : finishRange(tokens, start, headEnd);
  if (head.kind !== 'source' || (!pronoun && head.range.to !== headEnd)) return found;
  const whole = finishRange(tokens, pronoun ? start : head.range.from, found.range.to);
  return whole.kind === 'source' ? whole : found;
}

/** Where the head noun phrase before the modifier that ends at `from` ends (exclusive), or -1. */
function modifiedHeadEnd(tokens: readonly Token[], from: number, floor: number): number {
  const before = tokens[from - 1];
  if (!before || from - 2 < floor) return -1;
  // "critics like Ruiz": a plural noun and "like".
  if (before.normal === 'like' && before.pos === 'ADP') {
    const noun = tokens[from - 2];
    return noun.pos === 'NOUN' || (noun.pos === 'PROPN' && /s$/.test(noun.normal)) ? from - 1 : -1;
  }
  // "clamoring to block Ruiz", "the push to boycott the speech": an infinitive after a participle or a noun.
  if (before.pos === 'VERB' && tokens[from - 2].normal === 'to' && tokens[from - 2].pos === 'PART' && !OBJECT_SUBJECT_VERBS.has(before.lemma) && from - 3 >= floor) {
    const x = tokens[from - 3];
    if (x.normal.endsWith('ing') && (x.pos === 'VERB' || x.pos === 'NOUN') && from - 4 >= floor && isNounLike(tokens[from - 4])) return from - 3;
    return x.pos === 'NOUN' ? from - 2 : -1;
  }
  // "those who back her rivals", "a group that funds the ads": a relative clause's verb (the tagger may read it as an adverb).
  for (let r = from - 1; r >= floor + 1 && from - r <= MAX_RELATIVE_VERB + 1; r--) {
    const t = tokens[r];
    if (t.normal === 'who' || t.normal === 'that') {
      const verb = tokens[r + 1];
      const head = tokens[r - 1];
      const headOk = isNounLike(head) || RELATIVE_HEADS.has(head.normal);
      const verbOk = r + 1 < from && (verb.pos === 'VERB' || verb.pos === 'AUX' || verb.pos === 'ADV') && !OBJECT_SUBJECT_VERBS.has(verb.lemma);
      return headOk && verbOk && !(t.normal === 'that' && head.pos === 'PRON') ? r : -1;
    }
    if (t.pos !== 'VERB' && t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return -1;
  }
  return -1;
}
