import type { Token } from '../../domain/analysis.js';
import type { TokenRange } from './attributionContext.js';
import { hasClause } from './clauseBounds.js';

/** A reported clause opens with its subject, a subordinator or a quotation mark, not a verb or preposition. */
const CLAUSE_OPENERS = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ', 'ADV', 'SCONJ', 'PUNCT', 'X', 'SYM']);

/** A plural noun the tagger took for a verb ("said calls by …") still opens a clause. */
function opensClause(t: Token): boolean {
  // A gerund subject opens one too: "said legalizing it could …".
  return CLAUSE_OPENERS.has(t.pos) || (t.pos === 'VERB' && (/[^s]s$/.test(t.normal) || t.normal.endsWith('ing')));
}

const RELATIVES = new Set(['that', 'which', 'who', 'whom', 'whose', 'where']);
const APPROXIMATE = new Set(['about', 'around']);
const COUNT_NOUNS = new Set(['dozen', 'hundred', 'thousand', 'third', 'quarter', 'fifth', 'half']);
const SHARE_WORDS = new Set(['half', 'one-third', 'one-fourth', 'one-fifth', 'two-thirds', 'three-quarters']);

/**
 * "said at least two people were hurt": a quantity's "at least" / "at most" (or an approximate count's
 * "about" / "around") opens the subject, when
 * its own verb comes before any relative word or punctuation ("reported at least 20 victims at a
 * center that works with …" reports a count, no clause).
 */
function opensWithQuantity(tokens: readonly Token[], from: number): boolean {
  const bound = tokens[from].normal === 'at' && (tokens[from + 1]?.normal === 'least' || tokens[from + 1]?.normal === 'most');
  // "said about half of the rise came from …", "around 200 people were hurt": an approximate count.
  // "said about a dozen students saw …": "a" and a word of number.
  const counted = tokens[from + 1]?.normal === 'a' && COUNT_NOUNS.has(tokens[from + 2]?.normal ?? '');
  const approximate = APPROXIMATE.has(tokens[from].normal) && (tokens[from + 1]?.pos === 'NUM' || SHARE_WORDS.has(tokens[from + 1]?.normal ?? '') || counted);
  if (!bound && !approximate) return false;
  for (let j = from + 2; j < Math.min(tokens.length, from + 14); j++) {
    const t = tokens[j];
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing'))) return true;
    if (RELATIVES.has(t.normal) || t.pos === 'PUNCT') return false;
  }
  return false;
}

/**
 * "says despite being a Stanford alumna, she plans to …": a concession opens the reported clause
 * like a subordinator when a comma closes it (no finite verb, quotation or other punctuation before)
 * and a clause follows; "said despite objections that …" has no such comma and stays no clause.
 */
function opensWithConcession(tokens: readonly Token[], from: number, to: number): boolean {
  if (tokens[from].normal !== 'despite') return false;
  for (let j = from + 1; j < Math.min(to, from + 16); j++) {
    const t = tokens[j];
    if (t.text === ',') return hasClause(tokens, j + 1, to);
    if (((t.pos === 'AUX' || t.pos === 'VERB') && !t.normal.endsWith('ing')) || t.pos === 'PUNCT') return false;
  }
  return false;
}

/**
 * "(The firm denied it.)": a closing parenthesis at `k` whose opening one stands before the content
 * closes the writer's aside, not what was said; one the content opens ("… (in May)") stays.
 */
function closesAsideBefore(tokens: readonly Token[], from: number, k: number): boolean {
  if (tokens[k].text !== ')') return false;
  for (let j = from; j < k; j++) if (tokens[j].text === '(') return false;
  return true;
}

/** Trims a token range to the reported clause (`clause: false`: any words): no leading comma, no trailing comma or final period. */
export function contentRange(tokens: readonly Token[], from: number, to: number, anyOpener = false, verbatim = false, clause = true): TokenRange | null {
  while (from < to && (tokens[from].text === ',' || tokens[from].text === ':' || tokens[from].text === '—')) from++;
  const trailing = verbatim ? /^[,;—]$/ : /^(?:[,.;—?!]|\.\.\.|…)$/;
  while (to > from && (trailing.test(tokens[to - 1].text) || closesAsideBefore(tokens, from, to - 1))) to--;
  if (to <= from || (clause && !hasClause(tokens, from, to)) || (!anyOpener && !opensClause(tokens[from]) && !opensWithQuantity(tokens, from) && !opensWithConcession(tokens, from, to))) return null;
  return { from, to };
}

/** A relation the rules found, as token ranges: the first content part is required. */
export interface Found {
  readonly source: TokenRange;
  readonly cue: TokenRange;
  readonly content: readonly TokenRange[];
}

/** The first part is required; a missing later part (a tail that is no clause) is dropped. */
export function pack(source: TokenRange, cue: TokenRange, parts: readonly (TokenRange | null)[]): Found | null {
  if (!parts[0]) return null;
  return { source, cue, content: parts.filter((p): p is TokenRange => p !== null) };
}
