import { describe, expect, it } from 'vitest';
import { RELATION_FEATURE_DIM } from './describeRelationCandidate.js';
import { scoreRelationCandidate } from './relationScorerModel.js';
import { trainRelationScorer, type LabelledCandidate } from './trainRelationScorer.js';

// Invented candidates: feature 1 marks right relations, feature 2 wrong ones, feature 0 is the bias
// and feature 3 is noise present in both classes.
const examples: LabelledCandidate[] = [
  ...Array.from({ length: 30 }, (_, i) => ({ features: Int32Array.from(i % 2 ? [0, 1, 3] : [0, 1]), correct: true })),
  ...Array.from({ length: 30 }, (_, i) => ({ features: Int32Array.from(i % 2 ? [0, 2, 3] : [0, 2]), correct: false })),
];

describe('trainRelationScorer', () => {
  it('separates candidates by the feature that tells them apart', () => {
    const weights = trainRelationScorer(examples);
    const model = { dim: RELATION_FEATURE_DIM, weights, threshold: 0.5 };
    expect(scoreRelationCandidate(model, Int32Array.from([0, 1]))).toBeGreaterThan(0.9);
    expect(scoreRelationCandidate(model, Int32Array.from([0, 2]))).toBeLessThan(0.1);
    expect(Math.abs(weights[3])).toBeLessThan(Math.abs(weights[1]));
  });

  it('gives the same weights for the same examples (no sampling)', () => {
    expect(trainRelationScorer(examples, { iterations: 50 })).toEqual(trainRelationScorer(examples, { iterations: 50 }));
  });

  it('leaves features no example has at zero', () => {
    expect(trainRelationScorer(examples, { iterations: 20 })[RELATION_FEATURE_DIM - 1]).toBe(0);
  });
});
