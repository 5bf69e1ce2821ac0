import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

// Invented sentences: who "the 38-year-old freelance photographer" is.
function speakers(text: string): (string | null)[] {
  return analyseText(text, { anchorDate: '2026-03-17', bodyStart: 0, outlet: null }).attributions.map((a) => a.speaker?.name ?? null);
}

describe('readAgedDescription', () => {
  it('reads "the 38-year-old freelance photographer" after a lede that names one person as that person', () => {
    expect(speakers('Elena Marsh remembers the sound first.\n\n“I thought I had lost my eye,” the 38-year-old freelance photographer said Tuesday.')).toEqual(['Elena Marsh']);
  });

  it('reads no one when two are named, when the noun is a title or kin, or when the sentence names someone first', () => {
    expect(speakers('Elena Marsh and Ana Ruiz were hit.\n\n“I thought I had lost my eye,” the 38-year-old freelance photographer said.')).toEqual([null]);
    expect(speakers('Agents shot Luis Ortega on Monday. “He drove at me,” the 31-year-old officer said.')).toEqual([null]);
    expect(speakers('Ana Ruiz watched from her car. After Tom Hale spoke, the 38-year-old nurse said the car stopped.')).not.toContain('Ana Ruiz');
  });
});
