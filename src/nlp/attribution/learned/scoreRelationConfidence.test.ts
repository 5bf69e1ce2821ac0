import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../sentences/splitSentences.js';
import { tokenize } from '../../tokens/tokenize.js';
import { buildContext } from '../attributionContext.js';
import type { AttributionDraft } from '../attributionDraft.js';
import { loadCueLexicon } from '../cueLexicon.js';
import { decodeTags } from './decodeTags.js';
import { extractDocumentFeatures, FEATURES_PER_TOKEN } from './documentFeatures.js';
import { findScoredLearnedAttributions } from './findLearnedAttributions.js';
import { markRuleRoles } from './markRuleRoles.js';
import { loadTaggerModel } from './taggerModel.js';

const text = 'The county sheriff said the road would reopen on Friday. Many residents believe the repairs came too late.';

function learn() {
  const tokens = tokenize(text);
  const ctx = buildContext(text, tokens, splitSentences(text, tokens), loadCueLexicon());
  return { ctx, ...findScoredLearnedAttributions(ctx, loadTaggerModel()) };
}

describe('scoreRelationConfidence', () => {
  it('is positive for a cue the tagger chose and zero for tokens it labelled outside every relation', () => {
    const { ctx, drafts, confidenceOf } = learn();
    const said = drafts.find((d) => d.cue?.text === 'said');
    expect(said).toBeDefined();
    expect(confidenceOf(said!)).toBeGreaterThan(0);
    const model = loadTaggerModel();
    const sentence = ctx.sentences[said!.sentence];
    const rules = model.featuresPerToken > FEATURES_PER_TOKEN ? markRuleRoles(ctx.text, ctx.tokens, ctx.sentences) : null;
    const features = extractDocumentFeatures(ctx.text, ctx.tokens, ctx.sentences, ctx.lexicon, model.dim, rules);
    const labels = decodeTags(model, features, sentence.tokenStart, sentence.tokenEnd);
    const outside = [...labels].flatMap((y, i) => (y === 0 ? [sentence.tokenStart + i] : []));
    expect(outside.length).toBeGreaterThan(0);
    const fake: AttributionDraft = { ...said!, cueTokens: outside };
    expect(confidenceOf(fake)).toBe(0);
  });

  it('gives the same answer when asked twice (the per-sentence cache changes nothing)', () => {
    const { drafts, confidenceOf } = learn();
    for (const d of drafts) expect(confidenceOf(d)).toBe(confidenceOf(d));
  });
});
