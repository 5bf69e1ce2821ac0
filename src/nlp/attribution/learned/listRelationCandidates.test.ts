import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../sentences/splitSentences.js';
import { tokenize } from '../../tokens/tokenize.js';
import { findAttributions, findRelationCandidates } from '../findAttributions.js';
import { RELATION_FEATURE_DIM } from './describeRelationCandidate.js';
import { loadRelationScorer, scoreRelationCandidate } from './relationScorerModel.js';
import { selectScoredRelations } from './selectScoredRelations.js';

// Sentences of our own writing: a plain quote, reported speech, a cue only the tagger knows.
const text =
  '“We will rebuild the bridge,” the mayor said on Tuesday. The county sheriff said the road would reopen on Friday. The union blamed the council for ignoring the warnings.';

function analyse() {
  const tokens = tokenize(text);
  return { tokens, sentences: splitSentences(text, tokens) };
}

describe('listRelationCandidates', () => {
  it('lists the rules relations and the learned additions of combined, with hashed features in range', () => {
    const candidates = findRelationCandidates(text, analyse());
    const combined = findAttributions(text, analyse(), { method: 'combined' });
    expect(candidates.length).toBe(combined.length);
    const rules = candidates.filter((c) => c.origin !== 'learned');
    expect(rules.map((c) => c.draft.cue && text.slice(c.draft.cue.start, c.draft.cue.end))).toContain('said');
    for (const c of candidates) {
      expect(c.features.length).toBeGreaterThan(20);
      for (const f of c.features) expect(f >= 0 && f < RELATION_FEATURE_DIM).toBe(true);
    }
  });

  it('a rules relation the tagger also found is of origin "both", and its cue has a positive margin', () => {
    const said = findRelationCandidates(text, analyse()).find((c) => c.draft.cue && text.slice(c.draft.cue.start, c.draft.cue.end) === 'said' && c.draft.sentence === 1);
    expect(said?.origin).toBe('both');
    expect(said!.evidence.cueMargin).toBeGreaterThan(0);
    expect(said!.evidence.sourceMargin).toBeGreaterThan(0);
  });
});

describe('selectScoredRelations and the scored method', () => {
  it('keeps a candidate exactly when its probability reaches the threshold', () => {
    const model = loadRelationScorer();
    const candidates = findRelationCandidates(text, analyse());
    const p = candidates.map((c) => scoreRelationCandidate(model, c.features));
    expect(selectScoredRelations(candidates, model, 0)).toHaveLength(candidates.length);
    expect(selectScoredRelations(candidates, model, 1.01)).toHaveLength(0);
    const middle = [...p].sort((a, b) => a - b)[Math.floor(p.length / 2)];
    expect(selectScoredRelations(candidates, model, middle)).toHaveLength(p.filter((x) => x >= middle).length);
  });

  it('scored returns the candidates the committed scorer keeps, spans intact, and finds the plain reports', () => {
    const scored = findAttributions(text, analyse(), { method: 'scored' });
    const model = loadRelationScorer();
    const kept = findRelationCandidates(text, analyse()).filter((c) => scoreRelationCandidate(model, c.features) >= model.threshold);
    const cueStarts = (xs: readonly (number | undefined)[]) => [...xs].sort((a, b) => (a ?? -1) - (b ?? -1));
    expect(cueStarts(scored.map((a) => a.cue?.start))).toEqual(cueStarts(kept.map((c) => c.draft.cue?.start)));
    expect(scored.length).toBeGreaterThan(0);
    for (const a of scored) for (const span of [a.source, a.cue, ...a.content.fragments]) if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
    expect(scored.find((a) => a.sentence === 1)?.source?.text).toBe('The county sheriff');
  });
});
