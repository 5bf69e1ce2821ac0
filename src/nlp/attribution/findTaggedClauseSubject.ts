import type { AttributionContext, TokenRange } from './attributionContext.js';
import { cueVerbAt } from './cueAt.js';
import { findClauseSubject } from './clauseBounds.js';

/**
 * "When he asked an agent, Bains said, the agent ordered him back inside and told him …": the subject
 * found for a coordinated verb at `k` is the speaker of a tag set off by commas ("Bains said,", or
 * "Bains said," opening the sentence), and a clause with a subject of its own opens right after the
 * tag. That clause's subject does the second verb, not the tag's speaker. Returns it, or null when no
 * such clause follows `subject`. The rules alone (findIndirectAttributions).
 */
export function findTaggedClauseSubject(ctx: AttributionContext, subject: TokenRange, k: number): TokenRange | null {
  const { tokens } = ctx;
  const verb = cueVerbAt(tokens, subject.to, ctx.lexicon);
  if (!verb?.speech || tokens[subject.to + 1]?.text !== ',') return null;
  const opens = subject.to + 2;
  if (opens >= k) return null;
  const inner = findClauseSubject(ctx, opens, k);
  return inner && inner.from === opens ? inner : null;
}
