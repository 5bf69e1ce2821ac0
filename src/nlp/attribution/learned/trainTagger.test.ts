import { describe, expect, it } from 'vitest';
import { buildContext } from '../attributionContext.js';
import { loadCueLexicon } from '../cueLexicon.js';
import { splitSentences } from '../../sentences/splitSentences.js';
import { tokenize } from '../../tokens/tokenize.js';
import { extractDocumentFeatures, FEATURES_PER_TOKEN, RULE_FEATURES } from './documentFeatures.js';
import { findLearnedAttributions } from './findLearnedAttributions.js';
import { labelTokens } from './labelTokens.js';
import { markRuleRoles } from './markRuleRoles.js';
import { serializeModel } from './taggerModel.js';
import { trainTagger } from './trainTagger.js';

const DIM = 1 << 12;
const piece = (text: string, part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });

// Sentences of our own, each with its source, cue and content.
const EXAMPLES: readonly [string, string, string, string][] = [
  ['The governor said the budget would pass.', 'The governor', 'said', 'the budget would pass'],
  ['A neighbour believes the fire started early.', 'A neighbour', 'believes', 'the fire started early'],
  ['Her lawyer argued the search was illegal.', 'Her lawyer', 'argued', 'the search was illegal'],
  ['The council said the road would close.', 'The council', 'said', 'the road would close'],
];

function prepare(text: string, source: string, cue: string, content: string, stack = false) {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens, { bodyStart: 0 });
  return {
    text,
    tokens,
    sentences,
    tagged: {
      features: extractDocumentFeatures(text, tokens, sentences, loadCueLexicon(), DIM, stack ? markRuleRoles(text, tokens, sentences) : null),
      sentences: sentences.map((s) => ({ from: s.tokenStart, to: s.tokenEnd })),
      labels: labelTokens(tokens, [{ source: [piece(text, source)], cue: [piece(text, cue)], content: [piece(text, content)] }]),
    },
  };
}

describe('trainTagger', () => {
  const docs = EXAMPLES.map((e) => prepare(...e));

  it('learns the training sentences well enough to tag them back', () => {
    const model = trainTagger(docs.map((d) => d.tagged), { dim: DIM, epochs: 8, seed: 7 });
    const doc = docs[2];
    const [found] = findLearnedAttributions(buildContext(doc.text, doc.tokens, doc.sentences, loadCueLexicon()), model);
    expect(found.source?.text).toBe('Her lawyer');
    expect(found.cue?.text).toBe('argued');
    expect(found.fragments.map((f) => f.text)).toEqual(['the search was illegal']);
  });

  it('stacked on the rules, reads their roles as features and still tags the sentences back', () => {
    const stacked = EXAMPLES.map((e) => prepare(...e, true));
    expect(stacked[0].tagged.features.length).toBe(stacked[0].tokens.length * (FEATURES_PER_TOKEN + RULE_FEATURES));
    const model = trainTagger(stacked.map((d) => d.tagged), { dim: DIM, epochs: 8, seed: 7, featuresPerToken: FEATURES_PER_TOKEN + RULE_FEATURES });
    expect(model.featuresPerToken).toBe(FEATURES_PER_TOKEN + RULE_FEATURES);
    const doc = stacked[0];
    const [found] = findLearnedAttributions(buildContext(doc.text, doc.tokens, doc.sentences, loadCueLexicon()), model);
    expect(found.source?.text).toBe('The governor');
    expect(found.fragments.map((f) => f.text)).toEqual(['the budget would pass']);
  });

  it('is reproducible: the same data and seed give the same weights', () => {
    const a = serializeModel(trainTagger(docs.map((d) => d.tagged), { dim: DIM, epochs: 3, seed: 11 }), {});
    const b = serializeModel(trainTagger(docs.map((d) => d.tagged), { dim: DIM, epochs: 3, seed: 11 }), {});
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.featureGaps.length).toBeGreaterThan(0);
  });
});
