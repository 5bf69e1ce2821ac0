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

describe('readTitledPair (stop 57)', () => {
  const speakersOf = (text: string) => analyseText(text, { anchorDate: '2026-05-20' }).attributions.map((a) => a.speaker);

  it('reads two people each titled with the same role, joined by "and", as one speaker, and the second later by his own title', () => {
    const found = speakersOf('Sen. Marcus Delgado and Rep. Owen Fitch said the chase was reckless. Fitch said later that he would ask for hearings.');
    expect(found[0]).toEqual({ name: 'Marcus Delgado and Owen Fitch', role: 'elected_official', affiliation: null });
    // "Sen." was Delgado's: Fitch is no senator.
    expect(found[1]?.affiliation).toBeNull();
  });

  it('leaves two people of different roles to no one, never the second alone', () => {
    expect(speakersOf('Mayor Ana Ruiz and Sheriff Tom Hale said the chase was reckless.')).toEqual([null]);
  });
});

describe('readJointSource: two senators set off with a description, and each alone after (stop 60)', () => {
  it('reads "Sens. Ruth Adelman and Peter Lindqvist, both Democrats, wrote" as the two, and "Lindqvist said" as a senator', () => {
    const found = speakers('An ICE officer shot Marco Villeda, 31, on Nov. 18. In a letter dated Dec. 4, Sens. Ruth Adelman and Peter Lindqvist, both Democrats, wrote that the account has shifted. Lindqvist said the agency must answer.');
    expect(found.map((f) => [f[1], f[2]])).toEqual([
      ['Ruth Adelman and Peter Lindqvist', 'elected_official'],
      ['Peter Lindqvist', 'elected_official'],
    ]);
  });
});
