import type { AttributionContext, TokenRange } from './attributionContext.js';
import { findClauseSubject, QUOTE_MARKS } from './clauseBounds.js';

const COORDINATORS = new Set(['and', 'but']);

/**
 * "Protest groups say the rules are unfair, and the union has sued the city, saying they violate …":
 * a participle after the comma at `comma` belongs to the last clause before it, and a ", and" or
 * ", but" with a subject and a verb of its own opens a new one; that subject speaks, not the
 * sentence's first. Returns it, or null when no such clause stands between `floor` and the comma
 * (a quotation or semicolon on the way ends the search). The rules alone (findIndirectAttributions).
 */
export function findCoordinateSubject(ctx: AttributionContext, floor: number, comma: number): TokenRange | null {
  const { tokens } = ctx;
  for (let j = comma - 1; j > floor + 1; j--) {
    const t = tokens[j];
    if (t.text === ';' || QUOTE_MARKS.test(t.text)) return null;
    if (!COORDINATORS.has(t.normal) || t.pos !== 'CCONJ' || tokens[j - 1].text !== ',') continue;
    const subject = findClauseSubject(ctx, j + 1, comma);
    return subject && subject.from === j + 1 ? subject : null;
  }
  return null;
}
