import { makeSpan } from '../../lib/spans.js';
import type { AttributionContext } from './attributionContext.js';
import { tokenAtOrAfter } from './attributionContext.js';
import type { AttributionDraft } from './attributionDraft.js';
import type { Quote } from './findQuotes.js';

function overlapsAny(q: Quote, drafts: readonly AttributionDraft[]): boolean {
  return drafts.some((d) => d.fragments.some((f) => f.start < q.end && q.start < f.end));
}

/** The sentence of the quote when it opens that sentence and nothing but closing punctuation follows it there. */
function wholeSentenceQuote(ctx: AttributionContext, q: Quote): number {
  if (q.closeAt === null) return -1;
  const o = tokenAtOrAfter(ctx.tokens, q.openAt);
  const s = ctx.sentenceOfToken[o];
  if (s < 0 || ctx.sentences[s].tokenStart !== o) return -1;
  const last = ctx.sentenceOfToken[Math.min(tokenAtOrAfter(ctx.tokens, q.closeAt), ctx.tokens.length - 1)];
  // A quote closing on a token no sentence holds (a post's "— Name (@handle)" signature line) fills none.
  if (last === undefined || last < 0) return -1;
  const rest = ctx.text.slice(q.closeAt + 1, ctx.sentences[last].end);
  return /^[\s.!?]*$/.test(rest) ? s : -1;
}

/**
 * `Prices are “just scratching out a profit,” Hedge said. “Golf is a thin business.”`: a quote that
 * fills the next sentences of the paragraph, with no speaker of its own, continues the relation
 * whose partly quoted content (kind "mixed") ended the sentence before. Same rule as for direct
 * quotes (findDirectQuotes), applied to mixed relations the reported-speech pass found.
 */
export function continueQuotedSentences(ctx: AttributionContext, quotes: readonly Quote[], drafts: readonly AttributionDraft[]): AttributionDraft[] {
  const starts = new Map<number, Quote>();
  for (const q of quotes) {
    const s = wholeSentenceQuote(ctx, q);
    if (s >= 0 && !overlapsAny(q, drafts)) starts.set(s, q);
  }
  if (starts.size === 0) return [...drafts];
  return drafts.map((d) => {
    if (d.kind !== 'mixed' || d.cueTokens.length === 0) return d;
    const cueSentence = ctx.sentenceOfToken[d.cueTokens[0]];
    const lastFragment = d.fragments[d.fragments.length - 1];
    if (ctx.sentenceOfToken[Math.max(0, tokenAtOrAfter(ctx.tokens, lastFragment.end) - 1)] !== cueSentence) return d;
    const fragments = [...d.fragments];
    let s = cueSentence + 1;
    for (let q = starts.get(s); q && ctx.paragraphOf[s] === ctx.paragraphOf[cueSentence]; q = starts.get(s)) {
      if (q.end > q.start) fragments.push(makeSpan(ctx.text, q.start, q.end));
      starts.delete(s);
      s = ctx.sentenceOfToken[Math.min(tokenAtOrAfter(ctx.tokens, q.closeAt ?? q.end), ctx.tokens.length - 1)] + 1;
    }
    return fragments.length === d.fragments.length ? d : { ...d, fragments };
  });
}
