import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { ParallaxError } from '../../../lib/errors.js';
import { FEATURES_PER_TOKEN, RULE_FEATURES } from './documentFeatures.js';
import { LABEL_COUNT, TAG_LABELS } from './tagLabels.js';

/** A linear-chain tagger: one weight per (hashed feature, label), and label-to-label transitions. */
export interface TaggerModel {
  readonly dim: number;
  /** FEATURES_PER_TOKEN, or that plus RULE_FEATURES for a tagger stacked on the rules (it reads their roles). */
  readonly featuresPerToken: number;
  /** dim × LABEL_COUNT, feature-major. */
  readonly weights: Float32Array;
  /** (LABEL_COUNT + 1) × LABEL_COUNT: row LABEL_COUNT holds the scores of starting a sentence. */
  readonly transitions: Float32Array;
}

/**
 * The file format of models/attribution.json.gz (gzipped JSON): numbers only (hashed feature ids
 * and weights). Version 2 stores the features column by column with their ids as gaps, which
 * gzip packs 30% smaller than version 1's [id, weights…] rows: the file stays under 2 MB.
 */
export interface TaggerModelFile {
  readonly format: 'parallax-attribution-tagger';
  readonly version: 2;
  readonly labels: readonly string[];
  readonly dim: number;
  readonly featuresPerToken: number;
  readonly training: Readonly<Record<string, number | string>>;
  /** Weights are stored as integers: the weight times `scale`, rounded. */
  readonly scale: number;
  readonly transitions: readonly number[];
  /** The hashed ids of the features with a weight, ascending, each as its gap from the one before (the first from 0). */
  readonly featureGaps: readonly number[];
  /** One column per label: its weight for each of those features, in the same order. */
  readonly columns: readonly (readonly number[])[];
}

const FORMAT_VERSION = 2;

export function emptyModel(dim: number, featuresPerToken = FEATURES_PER_TOKEN): TaggerModel {
  return { dim, featuresPerToken, weights: new Float32Array(dim * LABEL_COUNT), transitions: new Float32Array((LABEL_COUNT + 1) * LABEL_COUNT) };
}

const SCALE = 10;
const quantize = (x: number): number => Math.round(x * SCALE);

/**
 * Serialises a model as integers. Features whose largest weight is below `minWeight` are dropped:
 * they change few decisions and would make up most of the file.
 */
export function serializeModel(model: TaggerModel, training: Record<string, number | string>, minWeight = 0): TaggerModelFile {
  const featureGaps: number[] = [];
  const columns: number[][] = TAG_LABELS.map(() => []);
  let previous = 0;
  for (let f = 0; f < model.dim; f++) {
    const weights = model.weights.subarray(f * LABEL_COUNT, (f + 1) * LABEL_COUNT);
    if (weights.every((w) => Math.abs(w) < minWeight)) continue;
    const row = Array.from(weights, quantize);
    if (!row.some((w) => w !== 0)) continue;
    featureGaps.push(f - previous);
    previous = f;
    row.forEach((w, label) => columns[label].push(w));
  }
  return {
    format: 'parallax-attribution-tagger',
    version: FORMAT_VERSION,
    labels: [...TAG_LABELS],
    dim: model.dim,
    featuresPerToken: model.featuresPerToken,
    training,
    scale: SCALE,
    transitions: Array.from(model.transitions, quantize),
    featureGaps,
    columns,
  };
}

/** The hashed ids of the features a file holds weights for, ascending. */
export function featureIdsOf(file: TaggerModelFile): number[] {
  let id = 0;
  return file.featureGaps.map((gap) => (id += gap));
}

export function deserializeModel(file: TaggerModelFile): TaggerModel {
  if (
    file?.format !== 'parallax-attribution-tagger' ||
    file.version !== FORMAT_VERSION ||
    (file.featuresPerToken !== FEATURES_PER_TOKEN && file.featuresPerToken !== FEATURES_PER_TOKEN + RULE_FEATURES) ||
    file.labels?.join() !== TAG_LABELS.join()
  ) {
    throw new ParallaxError('bad_input', 'The attribution model does not match this version of the tagger; run `npm run train:attribution`.');
  }
  const model = emptyModel(file.dim, file.featuresPerToken);
  model.transitions.set(file.transitions.map((w) => w / file.scale));
  featureIdsOf(file).forEach((f, k) => {
    for (let label = 0; label < LABEL_COUNT; label++) model.weights[f * LABEL_COUNT + label] = file.columns[label][k] / file.scale;
  });
  return model;
}

let loaded: TaggerModel | null = null;

/** The committed model file (models/attribution.json.gz: gzip keeps the repository's files small), parsed. */
export function readTaggerModelFile(): TaggerModelFile {
  const url = new URL('../../../../models/attribution.json.gz', import.meta.url);
  let raw: string;
  try {
    raw = gunzipSync(readFileSync(url)).toString('utf8');
  } catch {
    throw new ParallaxError('unreadable_file', `Cannot read the attribution model at ${url.pathname}; run \`npm run train:attribution\`.`);
  }
  return JSON.parse(raw) as TaggerModelFile;
}

/** The committed model, read once. */
export function loadTaggerModel(): TaggerModel {
  loaded ??= deserializeModel(readTaggerModelFile());
  return loaded;
}
