import { describe, expect, it } from 'vitest';
import { ParallaxError } from '../../../lib/errors.js';
import { checkTrainedRules, describeCurrentRules } from './checkTrainedRules.js';
import { fingerprintRules, RULE_PROBE_TEXT } from './fingerprintRules.js';
import { FEATURES_PER_TOKEN } from './documentFeatures.js';
import { readTaggerModelFile } from './taggerModel.js';

describe('checkTrainedRules', () => {
  // The guard of the coupling: the tagger reads the rules' roles as features. When this fails, the
  // rules changed under the committed model: run `npm run train:attribution` and commit the model.
  it('finds the committed model trained against the rules of the day, if it reads them', () => {
    const file = readTaggerModelFile();
    if (file.featuresPerToken > FEATURES_PER_TOKEN) expect(() => checkTrainedRules(file.training)).not.toThrow();
    else expect(file.training.rulesFingerprint).toBeUndefined();
  });

  it('refuses a model trained against other rules, with the retrain hint', () => {
    const now = describeCurrentRules();
    const stale = { ...now, rulesFingerprint: now.rulesFingerprint === '00000000' ? '00000001' : '00000000' };
    expect(() => checkTrainedRules(stale)).toThrow(ParallaxError);
    expect(() => checkTrainedRules(stale)).toThrow(/npm run train:attribution/);
    expect(() => checkTrainedRules({ ...now, rulesStage: now.rulesStage + 1 })).toThrow(/npm run train:attribution/);
    expect(() => checkTrainedRules({})).toThrow(ParallaxError);
  });

  it('fingerprints the rules reproducibly, and the reading of every probe paragraph counts', () => {
    const all = fingerprintRules();
    expect(all).toMatch(/^[0-9a-f]{8}$/);
    expect(fingerprintRules()).toBe(all);
    expect(fingerprintRules(RULE_PROBE_TEXT.slice(1))).not.toBe(all);
  });
});
