import type { AttributionContext } from '../attributionContext.js';
import type { AttributionDraft } from '../attributionDraft.js';
import { assembleRelations } from './assembleRelations.js';
import { decodeTags } from './decodeTags.js';
import { extractDocumentFeatures } from './documentFeatures.js';
import type { TaggerModel } from './taggerModel.js';

/** Tags every sentence with the learned model and assembles the tagged runs into relations. */
export function findLearnedAttributions(ctx: AttributionContext, model: TaggerModel): AttributionDraft[] {
  const features = extractDocumentFeatures(ctx.text, ctx.tokens, ctx.sentences, ctx.lexicon, model.dim);
  const labels = ctx.sentences.map((s) => decodeTags(model, features, s.tokenStart, s.tokenEnd));
  return assembleRelations(ctx, labels);
}
