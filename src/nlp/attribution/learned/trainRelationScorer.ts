import { RELATION_FEATURE_DIM } from './describeRelationCandidate.js';

/** One training example: a candidate's hashed features and whether it matched a gold relation. */
export interface LabelledCandidate {
  readonly features: Int32Array;
  readonly correct: boolean;
}

export interface RelationScorerTraining {
  readonly iterations?: number;
  /** L2 penalty per example (keeps rare hashed features from running away). */
  readonly l2?: number;
  readonly rate?: number;
}

/**
 * Fits logistic-regression weights by full-batch gradient descent with AdaGrad steps: no sampling,
 * so the same candidates give the same weights (and the same model file) every run.
 */
export function trainRelationScorer(examples: readonly LabelledCandidate[], options: RelationScorerTraining = {}): Float64Array {
  const iterations = options.iterations ?? 300;
  const l2 = options.l2 ?? 1e-4;
  const rate = options.rate ?? 0.5;
  const weights = new Float64Array(RELATION_FEATURE_DIM);
  const squares = new Float64Array(RELATION_FEATURE_DIM);
  const gradient = new Float64Array(RELATION_FEATURE_DIM);
  const n = Math.max(1, examples.length);
  for (let it = 0; it < iterations; it++) {
    gradient.fill(0);
    for (const e of examples) {
      let z = 0;
      for (const f of e.features) z += weights[f];
      const error = 1 / (1 + Math.exp(-z)) - (e.correct ? 1 : 0);
      for (const f of e.features) gradient[f] += error / n;
    }
    for (let f = 0; f < RELATION_FEATURE_DIM; f++) {
      const g = gradient[f] + l2 * weights[f];
      if (g === 0) continue;
      squares[f] += g * g;
      weights[f] -= (rate * g) / Math.sqrt(squares[f]);
    }
  }
  return weights;
}
