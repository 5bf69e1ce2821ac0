import type { AttributionContext } from '../attributionContext.js';
import type { AttributionDraft } from '../attributionDraft.js';
import { assembleRelations } from './assembleRelations.js';
import { decodeTags } from './decodeTags.js';
import { extractDocumentFeatures, FEATURES_PER_TOKEN } from './documentFeatures.js';
import { markRuleRoles } from './markRuleRoles.js';
import { createExtensionCoster, createMarginScorer, createSentenceLattices } from './scoreRelationConfidence.js';
import type { TaggerModel } from './taggerModel.js';

/**
 * Learned relations, and the tagger's confidence in any of them (computed on demand: it costs two
 * decodings; 0 for a relation whose source is borrowed from another cue of its sentence).
 */
export interface LearnedRelations {
  /** The relations, after the boundary steps (assembleRelations: each content run on to its sentence's edge where the tagger stopped short, adjustContentRuns). */
  readonly drafts: readonly AttributionDraft[];
  /**
   * The same relation as the tagger's runs give it, before the boundary steps (adjustContentRuns, assembleRelations): what the relation
   * scorer was trained to judge (its features read the tagged content).
   */
  readonly taggedOf: (draft: AttributionDraft) => AttributionDraft;
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
  const lattices = createSentenceLattices(model, features);
  const margin = createMarginScorer(model, features, lattices);
  // A borrowed source was not tagged for its cue: the tagger vouches for no speaker there.
  const borrowed = new Set<AttributionDraft>();
  const drafts = assembleRelations(ctx, labels, borrowed, createExtensionCoster(model, features, lattices));
  // The extension changes contents only: both assemblies give one relation per cue, in the same order.
  const tagged = assembleRelations(ctx, labels, borrowed);
  const taggedBy = new Map(drafts.map((d, i) => [d, tagged[i]]));
  return {
    drafts,
    taggedOf: (draft) => taggedBy.get(draft) ?? draft,
    confidenceOf: (draft) => (borrowed.has(draft) ? 0 : margin(ctx.sentences[draft.sentence], draft.cueTokens)),
    isBorrowed: (draft) => borrowed.has(draft),
    marginOf: (tokens) => (tokens.length === 0 ? 0 : margin(ctx.sentences[ctx.sentenceOfToken[tokens[0]]], tokens)),
  };
}
