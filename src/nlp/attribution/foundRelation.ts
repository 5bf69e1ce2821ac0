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
  if (to <= from || (clause && !hasClause(tokens, from, to)) || (!anyOpener && !opensClause(tokens[from]))) return null;
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
