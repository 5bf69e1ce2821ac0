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
import { createExtensionCoster, createMarginScorer } from './scoreRelationConfidence.js';
import { allowsTransition, LABEL_COUNT, TAG_LABELS } from './tagLabels.js';
import { loadTaggerModel, type TaggerModel } from './taggerModel.js';

const text = 'The county sheriff said the road would reopen on Friday. Many residents believe the repairs came too late.';

/** Reference: a whole Viterbi pass over the sentence with the `held` tokens forced to O (the score the lattices shortcut). */
function constrainedBest(model: TaggerModel, features: Int32Array, from: number, to: number, held: ReadonlySet<number>): number {
  return restrictedBest(model, features, from, to, (k, y) => y === 0 || !held.has(k));
}

/** Reference: a whole Viterbi pass over tokens [from, to) where token k may take label y only if `allowed(k, y)`. */
function restrictedBest(model: TaggerModel, features: Int32Array, from: number, to: number, allowed: (k: number, y: number) => boolean): number {
  const L = LABEL_COUNT;
  let prev: number[] | null = null;
  for (let k = from; k < to; k++) {
    const next: number[] = [];
    for (let y = 0; y < L; y++) {
      let emit = 0;
      for (let f = 0; f < model.featuresPerToken; f++) emit += model.weights[features[k * model.featuresPerToken + f] * L + y];
      let best = -Infinity;
      if (allowed(k, y)) {
        if (!prev) best = allowsTransition(-1, y) ? model.transitions[L * L + y] : -Infinity;
        else for (let x = 0; x < L; x++) if (allowsTransition(x, y)) best = Math.max(best, prev[x] + model.transitions[x * L + y]);
      }
      next.push(best + emit);
    }
    prev = next;
  }
  return prev ? Math.max(...prev) : 0;
}

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

  it('gives the margin of a whole constrained Viterbi pass, for any tokens of a sentence', () => {
    const { ctx } = learn();
    const model = loadTaggerModel();
    const rules = model.featuresPerToken > FEATURES_PER_TOKEN ? markRuleRoles(ctx.text, ctx.tokens, ctx.sentences) : null;
    const features = extractDocumentFeatures(ctx.text, ctx.tokens, ctx.sentences, ctx.lexicon, model.dim, rules);
    const margin = createMarginScorer(model, features);
    let checked = 0;
    for (const sentence of ctx.sentences) {
      const { tokenStart: a, tokenEnd: b } = sentence;
      const best = constrainedBest(model, features, a, b, new Set());
      const sets = [[a], [b - 1], [a, a + 2], [a + 1, b - 2], Array.from({ length: b - a }, (_, i) => a + i)];
      for (let k = a; k < b; k++) sets.push([k, k + 1].filter((j) => j < b));
      for (const set of sets) {
        expect(margin(sentence, set)).toBeCloseTo(best - constrainedBest(model, features, a, b, new Set(set)), 6);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('costs running a content on as much as a whole Viterbi pass with those tokens inside content', () => {
    const { ctx } = learn();
    const model = loadTaggerModel();
    const rules = model.featuresPerToken > FEATURES_PER_TOKEN ? markRuleRoles(ctx.text, ctx.tokens, ctx.sentences) : null;
    const features = extractDocumentFeatures(ctx.text, ctx.tokens, ctx.sentences, ctx.lexicon, model.dim, rules);
    const cost = createExtensionCoster(model, features);
    const [bt, it_] = [TAG_LABELS.indexOf('B-T'), TAG_LABELS.indexOf('I-T')];
    let checked = 0;
    for (const sentence of ctx.sentences) {
      const { tokenStart: a, tokenEnd: b } = sentence;
      const best = constrainedBest(model, features, a, b, new Set());
      for (let from = a + 1; from < b; from++) {
        for (const to of [from + 1, b]) {
          const allowed = (k: number, y: number) => (k === from - 1 ? y === bt || y === it_ : k >= from && k < to ? y === it_ : true);
          const expected = best - restrictedBest(model, features, a, b, allowed);
          expect(cost(sentence, from, to)).toBeCloseTo(expected, 6);
          expect(cost(sentence, from, to)).toBeGreaterThanOrEqual(0);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
