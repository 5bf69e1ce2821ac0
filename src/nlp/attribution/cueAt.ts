import type { Token } from '../../domain/analysis.js';
import type { CueLexicon, CueVerb } from './cueLexicon.js';

/** Forms that are reporting verbs whatever part of speech the tagger gave them. */
const ALWAYS_VERBS = new Set(['said', 'says', 'told', 'tells', 'wrote', 'added', 'stated', 'tweeted']);

/** The cue verb at token `k`, or null: a lexicon form tagged as a verb. */
export function cueVerbAt(tokens: readonly Token[], k: number, lexicon: CueLexicon): CueVerb | null {
  const t = tokens[k];
  const verb = lexicon.verbs.get(t.normal);
  if (!verb) return null;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (isNounAfterAll(tokens, k)) return null;
  if (t.pos === 'VERB' || ALWAYS_VERBS.has(t.normal)) return verb;
  // "The complaint states that …": a form mistagged as a noun, between a subject and "that".
  if (prev && next && next.normal === 'that' && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON')) return verb;
  // "Six in 10 say he …": after a number the tagger reads the verb as a noun; a pronoun or determiner after it tells.
  if (prev?.pos === 'NUM' && next && (next.pos === 'PRON' || next.pos === 'DET' || next.pos === 'PROPN')) return verb;
  return null;
}

const DETERMINERS = new Set(['DET', 'ADJ', 'NUM']);
const HAVE = new Set(['have', 'has', 'had']);

/**
 * A lexicon form the tagger read as a verb where it is a noun: a plural after a determiner, an
 * adjective or a number ("the four states that voted", "10 states") or after "have" ("have claims",
 * "have admitting privileges": no verb group is "have" + a present or an -ing form).
 */
function isNounAfterAll(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  if (ALWAYS_VERBS.has(t.normal) || !prev) return false;
  const plural = /[^s]s$/.test(t.normal);
  if (plural && DETERMINERS.has(prev.pos)) return true;
  return HAVE.has(prev.normal) && (plural || t.normal.endsWith('ing'));
}
