import type { AttributionContext } from './attributionContext.js';
import type { AttributionDraft } from './attributionDraft.js';

const OPENS = /^(?:that,?\s+|["“]\s*)?$/iu;

/** The outer relation's content fragment the inner one opens: its source first, past a "that" or an opening quotation mark. */
function opensContent(ctx: AttributionContext, inner: AttributionDraft, outer: AttributionDraft): boolean {
  const { source, cue } = inner;
  // Words quoted as written ("… that the clerk wrote: “…”") are the inner speaker's own, whoever relays them.
  if (!source || !cue || outer === inner || !outer.cue || inner.kind !== 'indirect') return false;
  const outerCue = outer.cue;
  // A speaker's words that go on from their cue, in its paragraph ("Song said Clinton had said …"); not
  // "Making the rounds on the Sunday morning shows, Carson said …", nor words read back from a later cue.
  if (outerCue.end > source.start || ctx.text.slice(outerCue.end, source.start).includes('\n')) return false;
  if (!outer.cueTokens.some((k) => ctx.lexicon.verbs.get(ctx.tokens[k].normal)?.speech === true)) return false;
  if (inner.fragments.some((f) => f.start <= outerCue.start && outerCue.end <= f.end)) return false;
  return outer.fragments.some((f) => f.start <= source.start && cue.end <= f.end && OPENS.test(ctx.text.slice(f.start, source.start)));
}

/**
 * "Song said Clinton had said the plan would fail": what Clinton said reaches the text only through
 * Song, whose words hold the whole report; the inner relation would put words in Clinton's mouth
 * that nobody has seen her say, so it is dropped and the outer relation stands (as for an account,
 * dropAccountedReports). Only a report that opens the outer content: one further in ("…, a claim his
 * brother disputed") is a detail of its own. PolNeAR annotates no nested relation (0 of 19,833 train
 * gold cues lie inside another gold content); measured on train (stop 42): 15 speech relations fewer,
 * none of them annotated (docs/attribution.md).
 */
export function dropNestedReports(ctx: AttributionContext, drafts: readonly AttributionDraft[]): AttributionDraft[] {
  return drafts.filter((d) => !drafts.some((o) => opensContent(ctx, d, o)));
}
