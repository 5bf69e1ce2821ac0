import type { Token } from '../../domain/analysis.js';
import { isNounLike } from './isNpToken.js';
import { finishRange, scanNounPhraseBack } from './scanNounPhraseBack.js';
import type { SourceResult } from './sourceResult.js';

const AGENT_REACH = 14;

/** A past participle the tagger read as a verb: "-ed", or one of the irregular forms news uses of force. */
export function isPastParticiple(t: Token): boolean {
  return t.normal.endsWith('ed') || IRREGULAR_PARTICIPLES.has(t.normal);
}

// Past participles without "-ed": "a teenager shot on Saturday says", "a man struck by a car".
const IRREGULAR_PARTICIPLES = new Set(['shot', 'hit', 'struck', 'hurt', 'held', 'caught', 'found', 'left', 'sent', 'brought', 'taken', 'beaten', 'bitten', 'thrown', 'seen', 'given', 'written']);

/**
 * "The family of a man fatally shot by a Border Patrol agent in the desert last week says …": a
 * passive participle and its "by" phrase after the head noun belong to the speaker phrase, as they do
 * when the tagger reads "shot" as a noun. When the scan back from the cue at `to` found nothing, the
 * phrase runs from the head noun before the participle (an adverb may stand between) to the cue.
 * No comma, verb or auxiliary may stand after "by"; null when the words do not read so.
 */
export function widenOverPassiveModifier(tokens: readonly Token[], to: number, floor: number): SourceResult | null {
  let by = -1;
  for (let j = to - 1; j > floor && j >= to - AGENT_REACH; j--) {
    const t = tokens[j];
    if (t.normal === 'by') {
      by = j;
      break;
    }
    if (t.text === ',' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'PRON' || t.pos === 'SCONJ') return null;
  }
  if (by < 0 || by + 1 >= to) return null;
  let p = by - 1;
  if (p <= floor || tokens[p].pos !== 'VERB' || !isPastParticiple(tokens[p])) return null;
  if (tokens[p - 1].pos === 'ADV' && tokens[p - 1].normal.endsWith('ly')) p--;
  const noun = p - 1;
  if (noun < floor || !isNounLike(tokens[noun])) return null;
  const head = finishRange(tokens, scanNounPhraseBack(tokens, noun + 1, floor), noun + 1);
  if (head.kind !== 'source' || head.range.to !== noun + 1) return null;
  return { kind: 'source', range: { from: head.range.from, to } };
}
