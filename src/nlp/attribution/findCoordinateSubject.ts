import type { AttributionContext, TokenRange } from './attributionContext.js';
import { findClauseSubject, QUOTE_MARKS } from './clauseBounds.js';
import { isSpacedDash } from './isNpToken.js';

const COORDINATORS = new Set(['and', 'but']);
// "The governor signed an order, while Ruiz proposed a tax and said …": a contrasting clause opened after
// a comma, for a coordinated verb only (a participle after it may belong to the main clause).
const CONTRASTS = new Set(['while', 'whereas']);

/**
 * "Protest groups say the rules are unfair, and the union has sued the city, saying they violate …":
 * a participle after the comma at `comma` belongs to the last clause before it, and a ", and" or
 * ", but" with a subject and a verb of its own opens a new one; that subject speaks, not the
 * sentence's first. Returns it, or null when no such clause stands between `floor` and the comma
 * (a quotation or semicolon on the way ends the search). With `contrasts`, ", while" and ", whereas"
 * open a clause too (before a coordinated "and said"). The rules alone (findIndirectAttributions).
 */
export function findCoordinateSubject(ctx: AttributionContext, floor: number, comma: number, contrasts = false): TokenRange | null {
  const { tokens } = ctx;
  // "…, while Ruiz proposed we “wake up” and said …": whole quotations inside the contrasting clause are passed.
  let marks = 0;
  for (let j = comma - 1; j > floor + 1; j--) {
    const t = tokens[j];
    if (t.text === ';' || (QUOTE_MARKS.test(t.text) && !contrasts)) return null;
    if (QUOTE_MARKS.test(t.text)) marks++;
    const opens = (COORDINATORS.has(t.normal) && t.pos === 'CCONJ' && marks === 0) || (contrasts && CONTRASTS.has(t.normal) && marks % 2 === 0);
    if (!opens || tokens[j - 1].text !== ',') continue;
    const subject = findClauseSubject(ctx, j + 1, comma);
    return subject && subject.from === j + 1 ? subject : null;
  }
  return null;
}

const DASHES = new Set(['—', '–', '--']);

/**
 * "She drew his ire - he called her weak and said …": a clause opened after a dash, with a subject
 * and a verb of its own, is the one a coordinated verb before `at` continues; its subject speaks,
 * not the sentence's first. Returns it, or null when the last dash before `at` (past `floor`) opens
 * no subject (an aside between two dashes, "- ''13 months in hell'' - and said") or a quotation or
 * semicolon stands on the way. The rules alone (findIndirectAttributions).
 */
export function findDashedSubject(ctx: AttributionContext, floor: number, at: number): TokenRange | null {
  const { tokens } = ctx;
  for (let j = at - 1; j > floor; j--) {
    const t = tokens[j];
    if (t.text === ';' || QUOTE_MARKS.test(t.text)) return null;
    if (!DASHES.has(t.text) && !isSpacedDash(tokens, j)) continue;
    const subject = findClauseSubject(ctx, j + 1, at);
    return subject && subject.from === j + 1 ? subject : null;
  }
  return null;
}
