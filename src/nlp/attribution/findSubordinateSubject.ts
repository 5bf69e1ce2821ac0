import type { AttributionContext, TokenRange } from './attributionContext.js';
import { findClauseSubject, QUOTE_MARKS } from './clauseBounds.js';

/**
 * Subordinators whose clause holds the coordinated verb: "after", "before", "since" clauses are
 * short, and "X was quick to embrace him after he won and said …" is X's; "if", "unless" and
 * "whether" make a cue hypothetical.
 */
const SUBORDINATORS = new Set(['when', 'while', 'as', 'because', 'although', 'though', 'whenever']);
/** A clause opened inside the subordinate one ("when a man asked why voters disliked her and thought …"). */
const INNER_OPENERS = new Set(['why', 'who', 'whom', 'what', 'how', 'that', 'which', 'where', 'whether', 'if']);

/**
 * "The crowd booed, and when Ruiz thanked the town and said …": a verb coordinated with "and" at `k`
 * inside a subordinate clause shares that clause's subject, not the main clause's. The subordinator
 * must stand between the clause start and the cue with no comma, quotation, semicolon or inner
 * clause after it ("When Ruiz arrived, the crowd cheered and said …" is the crowd's), and a subject
 * must open right after it. Returns that subject, or null. The rules alone (findIndirectAttributions).
 */
export function findSubordinateSubject(ctx: AttributionContext, floor: number, k: number): TokenRange | null {
  const { tokens } = ctx;
  for (let j = k - 2; j >= floor; j--) {
    const t = tokens[j];
    if (t.text === ',' || t.text === ';' || QUOTE_MARKS.test(t.text) || INNER_OPENERS.has(t.normal)) return null;
    if (!SUBORDINATORS.has(t.normal) || !(t.pos === 'SCONJ' || t.pos === 'ADV' || (t.pos === 'ADP' && t.normal !== 'as'))) continue;
    const subject = findClauseSubject(ctx, j + 1, k);
    return subject && subject.from === j + 1 ? subject : null;
  }
  return null;
}
