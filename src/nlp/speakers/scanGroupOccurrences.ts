import { describeDescription } from './describeDescription.js';
import type { Occurrence } from './entity.js';
import { isInside } from './quoteRanges.js';
import type { SpeakerContext } from './speakerContext.js';
import type { Word } from './words.js';
import type { Token } from '../../domain/analysis.js';
import { tokenIndexAt } from '../mentions/tokenShape.js';

const LEFT_FUNCTION_WORDS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'several', 'some', 'other']);
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN']);

function isPluralGroupNoun(ctx: SpeakerContext, w: Word): boolean {
  if (!w.norm.endsWith('s') && w.norm !== 'family' && w.norm !== 'police') return false;
  return ctx.vocab.groups.has(w.norm) || ctx.vocab.relationRoles.has(w.norm);
}

/**
 * The part of speech of the last token starting at `start`, or '' (what a map from token starts to
 * parts of speech would answer): found by binary search, so no map of every token is built per document.
 */
function posAt(tokens: readonly Token[], start: number): string {
  let k = tokenIndexAt(tokens, start);
  if (k >= tokens.length || tokens[k].start !== start) return '';
  while (k + 1 < tokens.length && tokens[k + 1].start === start) k++;
  return tokens[k].pos;
}

/** The noun phrase ending at `words[i]`: "Alva’s lawyers", "federal officials", "attorneys for the man". */
function phraseAround(ctx: SpeakerContext, words: readonly Word[], i: number): Word[] {
  let from = i;
  while (from > 0 && i - from < 4) {
    const prev = words[from - 1];
    if (!/^\s+$/.test(ctx.text.slice(prev.end, words[from].start)) && !/^['’]\s+$/.test(ctx.text.slice(prev.end, words[from].start))) break;
    const ok = prev.possessive || prev.capitalized || LEFT_FUNCTION_WORDS.has(prev.norm) || MODIFIER_POS.has(posAt(ctx.analysis.tokens, prev.start));
    if (!ok) break;
    from--;
    if (LEFT_FUNCTION_WORDS.has(prev.norm)) break;
  }
  let to = i + 1;
  if (words[to] && (words[to].norm === 'for' || words[to].norm === 'of')) {
    let j = to + 1;
    while (j < words.length && j - to <= 4 && /^\s+$/.test(ctx.text.slice(words[j - 1].end, words[j].start))) j++;
    to = j;
  }
  return words.slice(from, to);
}

/**
 * Groups named outside quotations and speaker phrases ("Alva’s lawyers offer a different
 * account."), so a following "They say" can find them.
 */
export function scanGroupOccurrences(ctx: SpeakerContext): Occurrence[] {
  const words = ctx.words;
  const found: Occurrence[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!isPluralGroupNoun(ctx, w) || isInside(ctx.quotes, w.start, w.end) || isInside(ctx.sources, w.start, w.end)) continue;
    const phrase = phraseAround(ctx, words, i);
    const entity = describeDescription(ctx, phrase, { at: phrase[0].start, attribution: -1 });
    if (!entity || !entity.plural) continue;
    const content = ctx.contents.find((c) => w.start >= c.start && w.end <= c.end)?.attribution ?? -1;
    found.push({ start: phrase[0].start, end: phrase[phrase.length - 1].end, sentence: ctx.sentenceAt(w.start), entity, speaker: false, content });
  }
  return found;
}
