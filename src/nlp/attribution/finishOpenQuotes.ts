import { makeSpan } from '../../lib/spans.js';
import type { AttributionContext } from './attributionContext.js';
import type { AttributionDraft } from './attributionDraft.js';
import type { Quote } from './findQuotes.js';

/**
 * `Ruiz said the county must “fix the road. People are tired of waiting.”`: a quotation that opens
 * inside a content and closes in a later sentence of its paragraph is all the speaker's; the content
 * ends at its closing mark, not at the first sentence end inside it. Not when another relation
 * already holds words of the rest of the quotation.
 */
export function finishOpenQuotes(ctx: AttributionContext, quotes: readonly Quote[], drafts: readonly AttributionDraft[]): AttributionDraft[] {
  return drafts.map((d) => {
    const last = d.fragments[d.fragments.length - 1];
    const quote = quotes.find((q) => q.openAt >= last.start && q.openAt < last.end && q.closeAt !== null && q.closeAt >= last.end);
    if (!quote || quote.closeAt === null) return d;
    const end = quote.closeAt + (ctx.text[quote.closeAt] === "'" && ctx.text[quote.closeAt - 1] === "'" ? 2 : 1);
    if (drafts.some((o) => o !== d && o.fragments.some((f) => f.start < end && last.end < f.end))) return d;
    return { ...d, fragments: [...d.fragments.slice(0, -1), makeSpan(ctx.text, last.start, end)] };
  });
}
