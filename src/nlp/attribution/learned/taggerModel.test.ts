import { describe, expect, it } from 'vitest';
import { ParallaxError } from '../../../lib/errors.js';
import { FEATURES_PER_TOKEN, RULE_FEATURES } from './documentFeatures.js';
import { deserializeModel, emptyModel, featureIdsOf, loadTaggerModel, serializeModel } from './taggerModel.js';

describe('taggerModel', () => {
  it('round-trips weights through the integer file format and drops small features', () => {
    const model = emptyModel(4);
    model.weights[0] = 2.5;
    model.weights[7 * 2 + 3] = -1.2;
    model.weights[7 * 3 + 1] = 0.01;
    model.transitions[5] = 0.7;
    const file = serializeModel(model, { seed: 1 }, 0.5);
    expect(featureIdsOf(file)).toEqual([0, 2]);
    expect(file.columns.every((column) => column.length === 2)).toBe(true);
    const back = deserializeModel(file);
    expect(back.weights[0]).toBeCloseTo(2.5);
    expect(back.weights[7 * 2 + 3]).toBeCloseTo(-1.2);
    expect(back.weights[7 * 3 + 1]).toBe(0);
    expect(back.transitions[5]).toBeCloseTo(0.7);
  });

  it('keeps the width of a tagger stacked on the rules', () => {
    const stacked = emptyModel(4, FEATURES_PER_TOKEN + RULE_FEATURES);
    stacked.weights[3] = 1;
    const file = serializeModel(stacked, {});
    expect(file.featuresPerToken).toBe(FEATURES_PER_TOKEN + RULE_FEATURES);
    expect(deserializeModel(file).featuresPerToken).toBe(FEATURES_PER_TOKEN + RULE_FEATURES);
  });

  it('refuses a file made for another tagger, or in another format version', () => {
    const file = { ...serializeModel(emptyModel(4), {}), featuresPerToken: 3 };
    expect(() => deserializeModel(file)).toThrow(ParallaxError);
    const older = { ...serializeModel(emptyModel(4), {}), version: 1 } as unknown as Parameters<typeof deserializeModel>[0];
    expect(() => deserializeModel(older)).toThrow(ParallaxError);
  });

  it('loads the committed model, which holds numbers only', () => {
    const model = loadTaggerModel();
    expect(model.dim).toBeGreaterThan(0);
    expect(model.weights.some((w) => w !== 0)).toBe(true);
  });
});
