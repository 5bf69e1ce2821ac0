import { describe, expect, it } from 'vitest';
import type { GoldRelation } from './relationTypes.js';
import { isSpeechCue, scoreAttributionDocuments } from './scoreAttributionDocuments.js';

const text = 'The sheriff said the road was closed. Ana Ruiz thinks the plan will fail, and she hopes it does not.';

function at(fragment: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(fragment, from);
  if (start < 0) throw new Error(`no "${fragment}" in test text`);
  return { start, end: start + fragment.length };
}

const said: GoldRelation = { source: at('The sheriff'), cue: at('said'), content: at('the road was closed') };
const thinks: GoldRelation = { source: at('Ana Ruiz'), cue: at('thinks'), content: at('the plan will fail') };

describe('scoreAttributionDocuments', () => {
  it('gives 1.0 everywhere for a perfect prediction', () => {
    const report = scoreAttributionDocuments([{ text, gold: [said, thinks], predicted: [said, thinks] }]);
    for (const role of ['source', 'cue', 'content'] as const) {
      expect(report.exact[role].f1).toBe(1);
      expect(report.overlap[role].f1).toBe(1);
    }
    expect(report.linked.f1).toBe(1);
    expect(report.byCue.speech.linked.gold).toBe(1);
    expect(report.byCue.other.linked.gold).toBe(1);
  });

  it('gives recall 0 for an empty prediction', () => {
    const report = scoreAttributionDocuments([{ text, gold: [said, thinks], predicted: [] }]);
    expect(report.exact.content.recall).toBe(0);
    expect(report.overlap.source.recall).toBe(0);
    expect(report.linked.recall).toBe(0);
    expect(report.linked.gold).toBe(2);
  });

  it('credits a prediction overlapping two gold spans once', () => {
    const gold: GoldRelation[] = [
      { source: null, cue: null, content: at('the road was closed') },
      { source: null, cue: null, content: at('the plan will fail') },
    ];
    const wide = { source: null, cue: null, content: { start: at('the road').start, end: at('will fail').end } };
    const report = scoreAttributionDocuments([{ text, gold, predicted: [wide] }]);
    expect(report.overlap.content.matched).toBe(1);
    expect(report.overlap.content.recall).toBe(0.5);
    expect(report.exact.content.matched).toBe(0);
  });

  it('needs every fragment for an exact match and links only whole relations', () => {
    const split: GoldRelation = { ...said, content: { ...at('the road was closed'), fragments: [at('the road'), at('was closed')] } };
    const wrongSource = { ...said, source: at('Ana Ruiz') };
    const report = scoreAttributionDocuments([{ text, gold: [split], predicted: [wrongSource] }]);
    expect(report.exact.content.matched).toBe(0);
    expect(report.overlap.content.matched).toBe(1);
    expect(report.linked.matched).toBe(0);
  });

  it('tells speech cues from belief cues', () => {
    expect(isSpeechCue('told')).toBe(true);
    expect(isSpeechCue('According to')).toBe(true);
    expect(isSpeechCue('thinks')).toBe(false);
  });

  it('counts characters when no text is given', () => {
    const report = scoreAttributionDocuments([{ gold: [said], predicted: [{ ...said, content: at('road was') }] }]);
    expect(report.overlap.content.matched).toBe(1);
    expect(report.exact.content.matched).toBe(0);
  });
});
