import type { AttributionContext, TokenRange } from './attributionContext.js';
import { findClauseSubject, QUOTE_MARKS, TERMINAL } from './clauseBounds.js';
import { PERSONAL } from './isNpToken.js';

const MAX_OPENING_CONTENT = 30;

/**
 * "Noting that turnout fell, Ruiz said …", "Acknowledging that the plan failed, the mayor, who …,
 * asked …": a reporting participle that opens the clause at `k` takes the subject of the main
 * clause after the first comma that the participle's content reaches (a subject and its finite verb
 * must follow that comma at once). Only a clause after the participle ("that", or a personal pronoun and
 * its verb): "Noting the hour, …" has a noun phrase. No quotation mark in the content. Returns the subject and where
 * the content ends (the comma), or null. The rules alone (findIndirectAttributions).
 */
export function findOpeningParticiple(ctx: AttributionContext, k: number, end: number): { readonly subject: TokenRange; readonly contentEnd: number } | null {
  const { tokens } = ctx;
  const next = tokens[k + 1];
  const clause = next?.normal === 'that' || (next !== undefined && PERSONAL.has(next.normal) && (tokens[k + 2]?.pos === 'VERB' || tokens[k + 2]?.pos === 'AUX'));
  if (!tokens[k].normal.endsWith('ing') || !clause) return null;
  for (let c = k + 2; c < end && c - k <= MAX_OPENING_CONTENT; c++) {
    const t = tokens[c];
    if (QUOTE_MARKS.test(t.text) || TERMINAL.test(t.text) || t.text === ';' || t.text === ':') return null;
    if (t.text !== ',') continue;
    const subject = findClauseSubject(ctx, c + 1, end);
    if (subject) return { subject, contentEnd: c };
  }
  return null;
}
