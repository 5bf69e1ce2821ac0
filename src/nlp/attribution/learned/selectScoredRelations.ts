import type { AttributionDraft } from '../attributionDraft.js';
import type { RelationCandidate } from './listRelationCandidates.js';
import { scoreRelationCandidate, type RelationScorerModel } from './relationScorerModel.js';

/** The candidates the relation scorer finds at least `threshold` likely to be right (the model's own by default). */
export function selectScoredRelations(candidates: readonly RelationCandidate[], model: RelationScorerModel, threshold = model.threshold): AttributionDraft[] {
  return candidates.filter((c) => scoreRelationCandidate(model, c.features) >= threshold).map((c) => c.draft);
}
