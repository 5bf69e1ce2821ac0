import type { AttributionContext } from './attributionContext.js';
import { tokenAtOrAfter } from './attributionContext.js';
import type { AttributionDraft } from './attributionDraft.js';

const LISTENER_PRONOUNS = new Set(['her', 'him', 'me', 'us', 'them']);

/** Whether the draft's cue is a listener verb whose listener is a pronoun ("have told her"). */
function toldPronoun(ctx: AttributionContext, d: AttributionDraft): boolean {
  if (d.cueTokens.length === 0) return false;
  const last = d.cueTokens[d.cueTokens.length - 1];
  const verb = ctx.lexicon.verbs.get(ctx.tokens[last].normal);
  return !!verb?.object && LISTENER_PRONOUNS.has(ctx.tokens[last + 1]?.normal ?? '');
}

function insideContent(ctx: AttributionContext, inner: AttributionDraft, outer: AttributionDraft): boolean {
  const cueStart = ctx.tokens[inner.cueTokens[0]].start;
  return outer !== inner && outer.fragments.some((f) => f.start <= cueStart && tokenAtOrAfter(ctx.tokens, f.start) <= inner.cueTokens[0] && inner.fragments.every((g) => g.end <= f.end));
}

/**
 * "She said officials have told her only that he is in a hospital": what officials told her is
 * inside her words, and she is the one who reports it. The inner relation would put her words in
 * the officials' mouth (a claim nobody has seen them make), so it is dropped and the outer
 * relation, whose content holds it all, stands. Only a listener pronoun marks the relay here: "She
 * said officials told reporters that …" keeps both relations for this pass (the rules alone then give
 * a report that opens her words to her alone: dropNestedReports).
 */
export function dropRelayedReports(ctx: AttributionContext, drafts: readonly AttributionDraft[]): AttributionDraft[] {
  return drafts.filter((d) => !(toldPronoun(ctx, d) && drafts.some((o) => insideContent(ctx, d, o))));
}
