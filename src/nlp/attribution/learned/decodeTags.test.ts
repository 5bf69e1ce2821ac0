import { describe, expect, it } from 'vitest';
import { decodeTags } from './decodeTags.js';
import { FEATURES_PER_TOKEN } from './documentFeatures.js';
import { emptyModel } from './taggerModel.js';
import { LABEL_COUNT, TAG_LABELS } from './tagLabels.js';

describe('decodeTags', () => {
  it('follows the emission weights where the label sequence is allowed', () => {
    const model = emptyModel(8);
    // feature 1 votes for B-C, feature 2 for O
    model.weights[1 * LABEL_COUNT + TAG_LABELS.indexOf('B-C')] = 5;
    model.weights[2 * LABEL_COUNT + TAG_LABELS.indexOf('O')] = 5;
    const features = new Int32Array(3 * FEATURES_PER_TOKEN).fill(0);
    features[0] = 2;
    features[FEATURES_PER_TOKEN] = 1;
    features[2 * FEATURES_PER_TOKEN] = 2;
    expect(Array.from(decodeTags(model, features, 0, 3), (y) => TAG_LABELS[y])).toEqual(['O', 'B-C', 'O']);
  });

  it('never opens a sentence or follows another role with an inside label', () => {
    const model = emptyModel(8);
    model.weights[1 * LABEL_COUNT + TAG_LABELS.indexOf('I-T')] = 9;
    model.weights[1 * LABEL_COUNT + TAG_LABELS.indexOf('B-T')] = 1;
    const features = new Int32Array(2 * FEATURES_PER_TOKEN).fill(1);
    const labels = Array.from(decodeTags(model, features, 0, 2), (y) => TAG_LABELS[y]);
    expect(labels).toEqual(['B-T', 'I-T']);
  });
});
