import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

/** The speaker names analyseText gives each attribution whose source is `source`. */
function speakersOf(text: string, source: string): (string | null)[] {
  return analyseText(text, { anchorDate: '2026-07-09', bodyStart: 0, outlet: null })
    .attributions.filter((a) => a.source?.text === source)
    .map((a) => a.speaker?.name ?? null);
}

describe('resolveAnaphor', () => {
  it('gives "she" to no unnamed officer of unknown gender when a woman is named as a noun between them', () => {
    const text =
      'A Border Patrol agent shot a boy near the fence on Tuesday night, the agency said, after the agent reported that rocks were being thrown at him. The boy, whose name was not released because he is a minor, was hit in the back, said his mother, who asked that her name not be used. "He was walking home," she said.';
    expect(speakersOf(text, 'she')).toEqual([null]);
    // With no such noun between them, "she" may still be the officer.
    const officer = 'A Border Patrol agent shot a boy near the fence on Tuesday, the agency said. "I feared for my life," the agent told investigators. "He threw a rock," she said.';
    expect(speakersOf(officer, 'she')).not.toEqual([null]);
  });
});
