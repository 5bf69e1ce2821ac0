import type { AttributionContext } from './attributionContext.js';
import type { AttributionDraft } from './attributionDraft.js';

/** Whether the draft's cue holds a lexicon verb and every such verb is one of thinking, not saying ("believes", "found"). */
function isBeliefCue(ctx: AttributionContext, d: AttributionDraft): boolean {
  const verbs = d.cueTokens.map((k) => ctx.lexicon.verbs.get(ctx.tokens[k].normal)).filter((v) => v !== undefined);
  return verbs.length > 0 && verbs.every((v) => !v.speech);
}

function cueInsideContent(inner: AttributionDraft, outer: AttributionDraft): boolean {
  const cue = inner.cue;
  return outer !== inner && cue !== null && outer.fragments.some((f) => f.start <= cue.start && cue.end <= f.end);
}

/**
 * "The sheriff said he believes the driver panicked": the belief is part of what the sheriff said,
 * and the outer relation already holds it whole. The inner relation adds no speaker of its own
 * (PolNeAR train: 3 of 100 such relations are annotated), so a belief cue inside another relation's
 * content is dropped. Verbs of saying stay: "She said the chief told her …" reports two voices.
 */
export function dropNestedBeliefs(ctx: AttributionContext, drafts: readonly AttributionDraft[]): AttributionDraft[] {
  return drafts.filter((d) => !(isBeliefCue(ctx, d) && drafts.some((o) => cueInsideContent(d, o))));
}
