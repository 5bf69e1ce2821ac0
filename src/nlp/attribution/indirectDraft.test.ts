import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences/splitSentences.js';
import { tokenize } from '../tokens/tokenize.js';
import { buildContext } from './attributionContext.js';
import { loadCueLexicon } from './cueLexicon.js';
import { indirectDraft } from './indirectDraft.js';

describe('indirectDraft', () => {
  it('spans the source, the cue and one content part from token ranges, and marks the cue tokens used', () => {
    const text = "ICE's position is that he drove at officers.";
    const tokens = tokenize(text);
    const ctx = buildContext(text, tokens, splitSentences(text, tokens), loadCueLexicon());
    const draft = indirectDraft(ctx, { from: 0, to: 1 }, { from: 2, to: 5 }, { from: 5, to: 9 }, 0);
    expect([draft.kind, draft.source?.text, draft.cue?.text, draft.fragments.map((f) => f.text), draft.cueTokens]).toEqual(['indirect', 'ICE', 'position is that', ['he drove at officers'], [2, 3, 4]]);
  });
});
