import type { AttributionContext } from '../attributionContext.js';
import type { AttributionDraft } from '../attributionDraft.js';
import { assembleRelations } from './assembleRelations.js';
import { decodeTags } from './decodeTags.js';
import { extractDocumentFeatures, FEATURES_PER_TOKEN } from './documentFeatures.js';
import { markRuleRoles } from './markRuleRoles.js';
import { createMarginScorer } from './scoreRelationConfidence.js';
import type { TaggerModel } from './taggerModel.js';

/**
 * Learned relations, and the tagger's confidence in any of them (computed on demand: it costs two
 * decodings; 0 for a relation whose source is borrowed from another cue of its sentence).
 */
export interface LearnedRelations {
  readonly drafts: readonly AttributionDraft[];
  readonly confidenceOf: (draft: AttributionDraft) => number;
  /** Whether the draft's source was borrowed from another cue of its sentence (the tagger did not tag it for this cue). */
  readonly isBorrowed: (draft: AttributionDraft) => boolean;
  /**
   * The tagger's margin for any tokens of the document that lie in one sentence (createMarginScorer):
   * how much it wants a role there. Scores relations found by other means too (the rules').
   */
  readonly marginOf: (tokens: readonly number[]) => number;
}

/** Tags every sentence with the learned model and assembles the tagged runs into relations. */
export function findLearnedAttributions(ctx: AttributionContext, model: TaggerModel): AttributionDraft[] {
  return [...findScoredLearnedAttributions(ctx, model).drafts];
}

/** The same relations, with a way to ask how sure the tagger is of each (see scoreRelationConfidence). */
export function findScoredLearnedAttributions(ctx: AttributionContext, model: TaggerModel): LearnedRelations {
  // A model stacked on the rules reads their roles (and belongs to the rules it was trained against).
  const rules = model.featuresPerToken > FEATURES_PER_TOKEN ? markRuleRoles(ctx.text, ctx.tokens, ctx.sentences) : null;
  const features = extractDocumentFeatures(ctx.text, ctx.tokens, ctx.sentences, ctx.lexicon, model.dim, rules);
  const labels = ctx.sentences.map((s) => decodeTags(model, features, s.tokenStart, s.tokenEnd));
  const margin = createMarginScorer(model, features);
  // A borrowed source was not tagged for its cue: the tagger vouches for no speaker there.
  const borrowed = new Set<AttributionDraft>();
  const drafts = assembleRelations(ctx, labels, borrowed);
  return {
    drafts,
    confidenceOf: (draft) => (borrowed.has(draft) ? 0 : margin(ctx.sentences[draft.sentence], draft.cueTokens)),
    isBorrowed: (draft) => borrowed.has(draft),
    marginOf: (tokens) => (tokens.length === 0 ? 0 : margin(ctx.sentences[ctx.sentenceOfToken[tokens[0]]], tokens)),
  };
}
