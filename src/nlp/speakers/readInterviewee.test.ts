import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

// Invented interviews: each answer's speaker, as [name, role].
function answers(text: string): ([string, string] | null)[] {
  return analyseText(text, { anchorDate: '2026-04-22', bodyStart: 0, outlet: null })
    .attributions.filter((a) => a.source?.text === 'A')
    .map((a) => (a.speaker ? [a.speaker.name, a.speaker.role] : null));
}

const QA = '\n\nQ: What happened?\n\nA: She never moved the car.\n\nQ: Has she been charged?\n\nA: Yes, with assault.';

describe('readInterviewee', () => {
  it('gives the answers to the person the reporters spoke with ("We spoke with Lund")', () => {
    const text = `Rebecca Lund, a lawyer, represents Yesenia Marin, 33, who was shot by an agent on April 18. We spoke with Lund on Tuesday.${QA}`;
    expect(answers(text)).toEqual([
      ['Rebecca Lund', 'subject_counsel'],
      ['Rebecca Lund', 'subject_counsel'],
    ]);
  });

  it('gives them to no one when the reporters spoke with no one named', () => {
    const text = `Yesenia Marin, 33, was shot by an agent on April 18. We spoke with her lawyer on Tuesday.${QA}`;
    expect(answers(text)).toEqual([null, null]);
  });
});
