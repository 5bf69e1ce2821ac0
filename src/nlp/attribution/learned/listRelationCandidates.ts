import type { Span } from '../../../domain/span.js';
import { overlapLength } from '../../../lib/spans.js';
import { tokensInSpan, type AttributionContext } from '../attributionContext.js';
import type { AttributionDraft } from '../attributionDraft.js';
import { describeRelationCandidate, type CandidateEvidence, type CandidateOrigin } from './describeRelationCandidate.js';
import type { LearnedRelations } from './findLearnedAttributions.js';
import { narrowToProductSpans } from './narrowToProductSpans.js';

/** A relation `scored` may keep: the draft (in the product's span convention), where it comes from, and its hashed features. */
export interface RelationCandidate {
  readonly draft: AttributionDraft;
  readonly origin: CandidateOrigin;
  readonly evidence: CandidateEvidence;
  readonly features: Int32Array;
}

const overlaps = (a: Span, b: Span): boolean => overlapLength(a, b) > 0;

/** Whether a learned relation shares its cue or any content with a relation the rules found. */
export function touchesAnyRelation(d: AttributionDraft, ruled: readonly AttributionDraft[]): boolean {
  return ruled.some(
    (r) => (d.cue && r.cue && overlaps(d.cue, r.cue)) || d.fragments.some((f) => r.fragments.some((g) => overlaps(f, g))) || (d.cue !== null && r.fragments.some((g) => overlaps(d.cue!, g))),
  );
}

/**
 * The candidates of the `scored` method, as `combined` finds them: every relation of the rules,
 * then every learned relation whose cue and content the rules left untouched (narrowed to the
 * product's spans). `ctx` is the tagger's context (same tokens as the rules', whose cue tokens the
 * rules' drafts hold); the tagger scores the rules' cues and sources too. Which learned relations
 * join, and every feature, read the relations as the tagger's runs give them (taggedOf, what the
 * scorer was trained on); a learned candidate's draft carries the content run on to its
 * sentence's edge (adjustContentRuns), so the boundary steps change spans, not the choice.
 */
export function listRelationCandidates(ctx: AttributionContext, ruled: readonly AttributionDraft[], learned: LearnedRelations): RelationCandidate[] {
  const pending: { draft: AttributionDraft; described: AttributionDraft; evidence: CandidateEvidence }[] = [];
  for (const r of ruled) {
    const found = learned.drafts.find((d) => d.cue && r.cue && overlaps(d.cue, r.cue));
    const tagged = found ? learned.taggedOf(found) : null;
    pending.push({
      draft: r,
      described: r,
      evidence: { origin: tagged ? 'both' : 'rules', cueMargin: learned.marginOf(r.cueTokens), sourceMargin: learned.marginOf(tokensInSpan(ctx.tokens, r.source)), borrowed: false, tagged },
    });
  }
  for (const d of learned.drafts) {
    const tagged = learned.taggedOf(d);
    if (touchesAnyRelation(tagged, ruled)) continue;
    const borrowed = learned.isBorrowed(d);
    pending.push({
      draft: narrowToProductSpans(ctx.text, d),
      described: narrowToProductSpans(ctx.text, tagged),
      evidence: { origin: 'learned', cueMargin: learned.marginOf(d.cueTokens), sourceMargin: borrowed ? 0 : learned.marginOf(tokensInSpan(ctx.tokens, d.source)), borrowed, tagged: null },
    });
  }
  const described = pending.map((p) => p.described);
  return pending.map((p) => Object.freeze({ draft: p.draft, origin: p.evidence.origin, evidence: p.evidence, features: describeRelationCandidate(ctx, p.described, p.evidence, described) }));
}
