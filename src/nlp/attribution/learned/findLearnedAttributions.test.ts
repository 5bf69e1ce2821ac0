import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../sentences/splitSentences.js';
import { tokenize } from '../../tokens/tokenize.js';
import { buildContext } from '../attributionContext.js';
import { loadCueLexicon } from '../cueLexicon.js';
import { findLearnedAttributions, findScoredLearnedAttributions } from './findLearnedAttributions.js';
import { loadTaggerModel } from './taggerModel.js';

const text = [
  'The harbour master said the ferry would run again on Monday after the storm, weather permitting.',
  'Two fishermen told reporters that the pier had cracked in three places during the night.',
  '“We lost most of the nets,” one of them said, adding that the insurance would not cover it.',
  'By evening the council believed the repairs could wait until spring, according to a statement.',
].join('\n\n');

function learn() {
  const tokens = tokenize(text);
  const ctx = buildContext(text, tokens, splitSentences(text, tokens), loadCueLexicon());
  return { ctx, learned: findScoredLearnedAttributions(ctx, loadTaggerModel()) };
}

describe('findScoredLearnedAttributions', () => {
  it('finds relations, and for each the tagged version differs at most by a longer content', () => {
    const { learned } = learn();
    expect(learned.drafts.length).toBeGreaterThan(1);
    for (const d of learned.drafts) {
      const tagged = learned.taggedOf(d);
      expect(tagged.cueTokens).toEqual(d.cueTokens);
      expect(tagged.source).toEqual(d.source);
      expect(tagged.sentence).toBe(d.sentence);
      // Every tagged content fragment lies inside the extended content.
      for (const f of tagged.fragments) expect(d.fragments.some((g) => g.start <= f.start && g.end >= f.end)).toBe(true);
    }
  });

  it('gives the learned method the extended relations', () => {
    const { ctx, learned } = learn();
    expect(findLearnedAttributions(ctx, loadTaggerModel())).toEqual(learned.drafts);
  });
});
