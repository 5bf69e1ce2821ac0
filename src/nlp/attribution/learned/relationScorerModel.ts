import { readFileSync } from 'node:fs';
import { ParallaxError } from '../../../lib/errors.js';
import { RELATION_FEATURE_DIM } from './describeRelationCandidate.js';

/**
 * A logistic regression over a candidate relation's hashed features (describeRelationCandidate):
 * the probability that the candidate is a correct relation. `threshold` is the least probability
 * the `scored` method keeps, chosen on held-out train (docs/attribution.md, "The relation scorer").
 */
export interface RelationScorerModel {
  readonly dim: number;
  readonly weights: Float64Array;
  readonly threshold: number;
}

/** models/relationScorer.json: numbers only (hashed feature ids as gaps, weights times `scale`). */
export interface RelationScorerFile {
  readonly format: 'parallax-relation-scorer';
  readonly version: 1;
  readonly dim: number;
  readonly threshold: number;
  readonly training: Readonly<Record<string, number | string>>;
  readonly scale: number;
  readonly featureGaps: readonly number[];
  readonly weights: readonly number[];
}

const SCALE = 10000;

/** The probability that a candidate with these features is a correct relation. */
export function scoreRelationCandidate(model: RelationScorerModel, features: Int32Array): number {
  let z = 0;
  for (const f of features) z += model.weights[f];
  return 1 / (1 + Math.exp(-z));
}

export function serializeRelationScorer(model: RelationScorerModel, training: Record<string, number | string>): RelationScorerFile {
  const featureGaps: number[] = [];
  const weights: number[] = [];
  let previous = 0;
  model.weights.forEach((w, f) => {
    const q = Math.round(w * SCALE);
    if (q === 0) return;
    featureGaps.push(f - previous);
    previous = f;
    weights.push(q);
  });
  return { format: 'parallax-relation-scorer', version: 1, dim: model.dim, threshold: model.threshold, training, scale: SCALE, featureGaps, weights };
}

export function deserializeRelationScorer(file: RelationScorerFile): RelationScorerModel {
  if (file?.format !== 'parallax-relation-scorer' || file.version !== 1 || file.dim !== RELATION_FEATURE_DIM || file.featureGaps.length !== file.weights.length) {
    throw new ParallaxError('bad_input', 'The relation scorer does not match this version of its features; run `npm run train:attribution -- --relation-scorer`.');
  }
  const weights = new Float64Array(file.dim);
  let id = 0;
  file.featureGaps.forEach((gap, k) => {
    id += gap;
    weights[id] = file.weights[k] / file.scale;
  });
  return Object.freeze({ dim: file.dim, weights, threshold: file.threshold });
}

let loaded: RelationScorerModel | null = null;

/** The committed scorer (models/relationScorer.json), read once. */
export function loadRelationScorer(): RelationScorerModel {
  if (loaded) return loaded;
  const url = new URL('../../../../models/relationScorer.json', import.meta.url);
  let raw: string;
  try {
    raw = readFileSync(url, 'utf8');
  } catch {
    throw new ParallaxError('unreadable_file', `Cannot read the relation scorer at ${url.pathname}; run \`npm run train:attribution -- --relation-scorer\`.`);
  }
  loaded = deserializeRelationScorer(JSON.parse(raw) as RelationScorerFile);
  return loaded;
}
