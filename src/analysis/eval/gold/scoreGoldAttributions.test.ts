import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../../domain/attribution.js';
import type { GoldAttribution } from './goldTypes.js';
import { scoreGoldAttributions } from './scoreGoldAttributions.js';

const text = 'Dana Whitlock said the car sped toward agents. Lawyers for Ana Ruiz say she was leaving.';
const span = (s: string) => {
  const start = text.indexOf(s);
  return { start, end: start + s.length, text: s };
};
const gold: GoldAttribution[] = [
  { kind: 'indirect', speaker: 'Dana Whitlock', role: 'official', source: span('Dana Whitlock'), cue: span('said'), content: span('the car sped toward agents') },
  { kind: 'indirect', speaker: 'attorneys for Ana Ruiz', role: 'subject_counsel', source: span('Lawyers for Ana Ruiz'), cue: span('say'), content: span('she was leaving') },
];
const predict = (content: string, name: string | null): Attribution => ({
  kind: 'indirect',
  source: null,
  cue: null,
  content: { ...span(content), fragments: [span(content)] },
  speaker: name ? { name, affiliation: null, role: 'other' } : null,
  sentence: 0,
});

describe('scoreGoldAttributions', () => {
  it('credits a perfect prediction fully', () => {
    const score = scoreGoldAttributions(gold, [predict('the car sped toward agents', 'Whitlock'), predict('she was leaving', 'lawyers for Ana Ruiz')]);
    expect(score).toMatchObject({ found: 2, rightSpeaker: 2, wrongSpeaker: 0, nullSpeaker: 0, unmatched: 0 });
  });

  it('finds nothing in an empty prediction', () => {
    const score = scoreGoldAttributions(gold, []);
    expect(score.found).toBe(0);
    expect(score.missed).toHaveLength(2);
  });

  it('counts a wrong speaker as an error and a null speaker as a gap', () => {
    const score = scoreGoldAttributions(gold, [predict('the car sped toward agents', 'Ana Ruiz'), predict('she was leaving', null)]);
    expect(score.wrongSpeaker).toBe(1);
    expect(score.errors[0]).toMatchObject({ gold: 'Dana Whitlock', predicted: 'Ana Ruiz' });
    expect(score.nullSpeaker).toBe(1);
    expect(score.unresolved).toHaveLength(1);
    expect(score.unresolved[0]).toContain('she was leaving');
    expect(score.found).toBe(2);
  });

  it('credits one prediction spanning two gold contents once', () => {
    const score = scoreGoldAttributions(gold, [predict('the car sped toward agents. Lawyers for Ana Ruiz say she was leaving', null)]);
    expect(score.found).toBe(1);
  });
});
