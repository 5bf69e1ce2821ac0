import type { Token } from '../../domain/analysis.js';
import { isMistaggedNameOrModifier, isNounLike, isNpToken, PERSONAL, RELATIVE } from './isNpToken.js';
import { MAX_SOURCE_TOKENS, NO_SOURCE, type SourceResult } from './sourceResult.js';
import { DAY_WORDS } from './dayWords.js';

/** Qualifiers of a quantity ("about half"), which the tagger may read as prepositions. */
export const APPROXIMATORS = new Set(['nearly', 'about', 'almost', 'roughly', 'around', 'approximately', 'only', 'just', 'over', 'some']);
const NAMING = new Set(['named', 'called']);
const COMPARATIVES = new Set(['more', 'fewer', 'less']);
const TIME_NOUNS = new Set([...DAY_WORDS, 'minutes', 'hours', 'days', 'weeks', 'months', 'years']);

/** Drops leading prepositions, conjunctions and punctuation; checks the head is a noun or pronoun. */
export function finishRange(tokens: readonly Token[], from: number, to: number): SourceResult {
  // "About 4 in 10", "about half" keep their approximator, which the tagger reads as a preposition.
  // "At least half" keeps "at least" the same way.
  while (from < to && (tokens[from].pos === 'ADP' || tokens[from].pos === 'CCONJ' || tokens[from].pos === 'PUNCT' || tokens[from].pos === 'SCONJ') && !(APPROXIMATORS.has(tokens[from].normal) && (tokens[from + 1]?.pos === 'NUM' || tokens[from + 1]?.normal === 'half')) && !isAtLeast(tokens, from)) from++;
  while (to > from && (tokens[to - 1].text === ',' || tokens[to - 1].pos === 'ADP' || tokens[to - 1].pos === 'CCONJ')) to--;
  // "(…, according to Reuters).": a closing parenthesis the phrase did not open is the aside's.
  if (to - from > 1 && tokens[to - 1].text === ')' && !tokens.slice(from, to - 1).some((t) => t.text === '(')) to--;
  // "… a van this past weekend (her campaign later disclosed that …)": a parenthesis the phrase opens and does not close begins it.
  for (let k = to - 1; k >= from; k--) {
    if (tokens[k].text === ')') break;
    if (tokens[k].text === '(') {
      from = k + 1;
      break;
    }
  }
  if (to <= from || to - from > MAX_SOURCE_TOKENS) return NO_SOURCE;
  const head = tokens[to - 1];
  // The tagger sometimes reads a role noun as an adjective ("The chief"): accept it after a determiner,
  // and "chief" after the noun it heads ("the police chief", "the district's chief").
  const taggedAdjective = head.pos === 'ADJ' && to - from >= 2 && (tokens[to - 2].pos === 'DET' || (head.normal === 'chief' && (isNounLike(tokens[to - 2]) || tokens[to - 2].pos === 'PART')));
  if (!isNounLike(head) && head.text !== ')' && !taggedAdjective && !isAgeNoun(tokens, to - 1, from) && !isMistaggedNameOrModifier(tokens, to - 1)) return NO_SOURCE;
  if (to - from === 1 && head.pos === 'PRON' && !PERSONAL.has(head.normal)) return NO_SOURCE;
  // "Within hours of being posted, the video …", "Wednesday added one more twist": a time is nobody.
  if (to - from === 1 && TIME_NOUNS.has(head.normal)) return NO_SOURCE;
  return { kind: 'source', range: { from, to } };
}

/** "the 46-year-old": an age used as a noun (tokens `46 - year - old`), after a determiner. */
export function isAgeNoun(tokens: readonly Token[], i: number, from: number): boolean {
  return i - 5 >= from && tokens[i].normal === 'old' && tokens[i - 1].text === '-' && /^years?$/.test(tokens[i - 2].normal) && tokens[i - 3].text === '-' && tokens[i - 4].pos === 'NUM' && tokens[i - 5].pos === 'DET';
}

/** "at least" at `k` ("at least 300 said", "at least a dozen members"). */
function isAtLeast(tokens: readonly Token[], k: number): boolean {
  return tokens[k].normal === 'at' && tokens[k + 1]?.normal === 'least';
}

/** "nearly half", "about four in 10", "more than 4 in 10", "at least 300": a quantity's qualifier before token `i + 1`. */
function extendQuantity(tokens: readonly Token[], i: number, floor: number): number {
  const next = tokens[i + 1];
  if (i < floor || !next || (next.pos !== 'NUM' && next.normal !== 'half' && next.normal !== 'a')) return i;
  if (APPROXIMATORS.has(tokens[i].normal)) return i - 1;
  if (i - 1 >= floor && isAtLeast(tokens, i - 1)) return i - 2;
  if (tokens[i].normal === 'than' && i - 1 >= floor && COMPARATIVES.has(tokens[i - 1].normal)) return i - 2;
  return i;
}
/**
 * "the plan was dead and Hale said": an "and" after a predicate adjective (a verb, then adverbs,
 * adjectives and conjunctions only) joins two clauses, not two nouns of one phrase.
 */
function endsPredicate(tokens: readonly Token[], i: number, floor: number): boolean {
  if (tokens[i].pos !== 'CCONJ' || i - 1 < floor || tokens[i - 1].pos !== 'ADJ') return false;
  let k = i - 1;
  while (k >= floor && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'ADV' || tokens[k].pos === 'CCONJ')) k--;
  return k >= floor && (tokens[k].pos === 'AUX' || tokens[k].pos === 'VERB');
}

/** Scans back over a noun phrase that ends at `to` (exclusive); returns its first token. */
export function scanNounPhraseBack(tokens: readonly Token[], to: number, floor: number): number {
  let i = to - 1;
  while (i >= floor && isNpToken(tokens, i) && !endsPredicate(tokens, i, floor)) i--;
  i = extendQuantity(tokens, i, floor);
  // "a nurse named Kelly Ostrander": a name given after its noun by "named" or "called".
  if (i - 1 >= floor && NAMING.has(tokens[i].normal) && tokens[i + 1]?.pos === 'PROPN' && tokens[i - 1].pos === 'NOUN') return scanNounPhraseBack(tokens, i, floor);
  // A restrictive relative clause: "A woman who lives on the block said".
  for (let w = i; w >= Math.max(floor, i - 15); w--) {
    const t = tokens[w];
    if (t.pos === 'PUNCT') break;
    const verbAfter = tokens[w + 1];
    // "who lives on …": the tagger may take "lives" for a plural noun; a preposition after it tells.
    const opensClause = verbAfter && (verbAfter.pos === 'VERB' || verbAfter.pos === 'AUX' || (verbAfter.pos === 'NOUN' && verbAfter.normal.endsWith('s') && tokens[w + 2]?.pos === 'ADP'));
    if (RELATIVE.has(t.normal) && opensClause && w > floor && isNounLike(tokens[w - (tokens[w - 1].text === ',' ? 2 : 1)] ?? tokens[w])) {
      const before = tokens[w - 1].text === ',' ? w - 2 : w - 1;
      return scanNounPhraseBack(tokens, before + 1, floor);
    }
  }
  return i + 1;
}
