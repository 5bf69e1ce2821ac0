import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

// Invented sentences.
function speakers(text: string): [string | undefined, string | undefined, string | undefined][] {
  return analyseText(text, { anchorDate: '2026-01-27' }).attributions.map((a) => [a.source?.text, a.speaker?.name, a.speaker?.role]);
}

describe('readJointSource', () => {
  it('reads two people under one plural title as one voice, and "the senators" after them as the same', () => {
    const text =
      'Agents shot and killed Dana Whitlock on Saturday. U.S. Sens. Ana Ruiz and Tom Hale on Tuesday demanded the footage, saying the agency’s statements could not be trusted. "The account changed three times," the senators wrote.';
    expect(speakers(text)).toEqual([
      ['U.S. Sens. Ana Ruiz and Tom Hale', 'Ana Ruiz and Tom Hale', 'elected_official'],
      ['the senators', 'Ana Ruiz and Tom Hale', 'elected_official'],
    ]);
  });

  it('reads representatives too, and leaves two names with no plural title, or three, alone', () => {
    expect(speakers('Reps. Lena Ortiz and Sam Park said the agency must explain the shooting.')).toEqual([['Reps. Lena Ortiz and Sam Park', 'Lena Ortiz and Sam Park', 'elected_official']]);
    expect(speakers('Lena Ortiz and Sam Park said the agency must explain the shooting.')[0][1]).toBeUndefined();
    expect(speakers('Sens. Lena Ortiz, Sam Park and Ana Ruiz said the agency must explain.')[0][1]).toBeUndefined();
  });

  it('leaves "the senators" with no pair named before it to whatever else it may mean', () => {
    expect(speakers('Agents shot a man on Saturday. "We want answers," the senators wrote.')).toEqual([['the senators', undefined, undefined]]);
  });
});
