import { ParallaxError } from '../../../lib/errors.js';
import { ATTRIBUTION_STAGE } from '../findAttributions.js';
import { fingerprintRules } from './fingerprintRules.js';

/** What a model file records about the rules it was trained against (see train-attribution.ts). */
export interface TrainedRules {
  readonly rulesStage: number;
  readonly rulesFingerprint: string;
}

/** The record for the rules of the day, written into a model file at training. */
export function describeCurrentRules(): TrainedRules {
  return { rulesStage: ATTRIBUTION_STAGE.version, rulesFingerprint: fingerprintRules() };
}

/**
 * Throws with the retrain hint unless `training` (a model file's training record) names the rules
 * of the day: the tagger reads the rules' roles as features, so a model trained against other rules
 * reads readings it never learned from.
 */
export function checkTrainedRules(training: Readonly<Record<string, number | string>>): void {
  const now = describeCurrentRules();
  if (training.rulesStage === now.rulesStage && training.rulesFingerprint === now.rulesFingerprint) return;
  throw new ParallaxError(
    'bad_input',
    `The attribution rules changed since the tagger was trained (model: stage ${training.rulesStage ?? '?'}, fingerprint ${training.rulesFingerprint ?? 'none'}; rules now: stage ${now.rulesStage}, fingerprint ${now.rulesFingerprint}); run \`npm run train:attribution -- --stack\` and commit models/attribution.json.gz.`,
    { model: { ...training }, rules: { ...now } },
  );
}
