import type { AttributionContext } from './attributionContext.js';
import { tokenAtOrAfter } from './attributionContext.js';
import type { AttributionDraft } from './attributionDraft.js';

const PERSONAL = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);
/** Words that make a clause part of another ("that he said …", "what he called …", "how she felt …"). */
const EMBEDDING = new Set(['that', 'what', 'how', 'why', 'whom']);

/** Whether the draft's source is one personal pronoun right after an embedding word or a reporting verb. */
function isEmbeddedPronoun(ctx: AttributionContext, d: AttributionDraft): boolean {
  if (!d.source || !d.cue || d.cue.start < d.source.start) return false;
  const k = tokenAtOrAfter(ctx.tokens, d.source.start);
  const t = ctx.tokens[k];
  const prev = ctx.tokens[k - 1];
  if (!t || !prev || t.end !== d.source.end || !PERSONAL.has(t.normal) || ctx.sentenceOfToken[k - 1] !== ctx.sentenceOfToken[k]) return false;
  return EMBEDDING.has(prev.normal) || ctx.lexicon.verbs.has(prev.normal);
}

/**
 * "the plan that he says would …", "what he called a disgrace", "said he believes …" (with the outer
 * report missed): a pronoun speaker right after "that", "what", "how", "why", "whom" or a reporting
 * verb heads a clause inside another; its cue reports for the outer speaker or names what the outer
 * clause is about. On PolNeAR train 3 of 42 such relations were right, so they are dropped.
 */
export function dropEmbeddedPronounReports(ctx: AttributionContext, drafts: readonly AttributionDraft[]): AttributionDraft[] {
  return drafts.filter((d) => !isEmbeddedPronoun(ctx, d) && !isTimedInsideReport(ctx, d, drafts));
}

const TIMED = new Set(['while', 'when', 'after', 'before', 'until']);

/**
 * "Ortega said two other detainees saw officers kneel on him for several minutes while he said he
 * could not breathe": a pronoun speaker after a subordinator of time ("while", "when", "after",
 * "before", "until"), after another report in its sentence, is someone that report tells of, not its
 * speaker (the rules alone). Not after "as": "…,” Francis said, as he called for …" goes on with the
 * same speaker (both such relations on PolNeAR train are right; none after the others).
 */
function isTimedInsideReport(ctx: AttributionContext, d: AttributionDraft, drafts: readonly AttributionDraft[]): boolean {
  if (!d.source || !d.cue || d.cue.start < d.source.start) return false;
  const k = tokenAtOrAfter(ctx.tokens, d.source.start);
  const t = ctx.tokens[k];
  const prev = ctx.tokens[k - 1];
  if (!t || !prev || t.end !== d.source.end || !PERSONAL.has(t.normal) || !TIMED.has(prev.normal)) return false;
  return drafts.some((o) => o !== d && o.sentence === d.sentence && o.cue !== null && o.cue.end <= d.source!.start && o.fragments.some((f) => f.end <= d.source!.start));
}
