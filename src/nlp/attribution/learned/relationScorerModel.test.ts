import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTaggerModelFile } from './taggerModel.js';
import { RELATION_FEATURE_DIM } from './describeRelationCandidate.js';
import { deserializeRelationScorer, loadRelationScorer, scoreRelationCandidate, serializeRelationScorer, type RelationScorerFile } from './relationScorerModel.js';

function smallModel() {
  const weights = new Float64Array(RELATION_FEATURE_DIM);
  weights[5] = 1.25;
  weights[700] = -0.5;
  weights[RELATION_FEATURE_DIM - 1] = 0.00001; // rounds to zero at four decimals: not stored
  return { dim: RELATION_FEATURE_DIM, weights, threshold: 0.45 };
}

describe('relationScorerModel', () => {
  it('round-trips through its file, numbers only', () => {
    const file = serializeRelationScorer(smallModel(), { documents: 3 });
    const json = JSON.parse(JSON.stringify(file)) as RelationScorerFile;
    expect(json.featureGaps).toEqual([5, 695]);
    const back = deserializeRelationScorer(json);
    expect(back.threshold).toBe(0.45);
    expect(back.weights[5]).toBeCloseTo(1.25, 4);
    expect(back.weights[700]).toBeCloseTo(-0.5, 4);
    expect(back.weights[RELATION_FEATURE_DIM - 1]).toBe(0);
    const features = Int32Array.from([5, 700]);
    expect(scoreRelationCandidate(back, features)).toBeCloseTo(scoreRelationCandidate(smallModel(), features), 4);
  });

  it('refuses a file of another format or feature space', () => {
    const file = serializeRelationScorer(smallModel(), {});
    expect(() => deserializeRelationScorer({ ...file, dim: 1024 })).toThrow(/--relation-scorer/);
    expect(() => deserializeRelationScorer({ ...file, format: 'other' } as unknown as RelationScorerFile)).toThrow();
  });

  it('the committed model loads, with a threshold between 0 and 1 and weights of its own', () => {
    const model = loadRelationScorer();
    expect(model.dim).toBe(RELATION_FEATURE_DIM);
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
    expect(model.weights.some((w) => w !== 0)).toBe(true);
  });

  it('was trained on the margins of taggers like the committed one (else: npm run train:attribution -- --relation-scorer)', () => {
    const scorer = JSON.parse(readFileSync(new URL('../../../../models/relationScorer.json', import.meta.url), 'utf8')) as RelationScorerFile;
    const tagger = readTaggerModelFile();
    const kind = (t: Readonly<Record<string, number | string>>, featuresPerToken: unknown) => ({ epochs: t.epochs, seed: t.seed, dim: t.dim, minWeight: t.minWeight, featuresPerToken });
    expect(kind(scorer.training, scorer.training.featuresPerToken)).toEqual(kind(tagger.training, tagger.featuresPerToken));
  });
});
