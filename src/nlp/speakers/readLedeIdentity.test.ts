import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

/** Each source's text, and the name and role analyseText gives it, in order. */
function speakers(text: string): [string | undefined, string | null, string | null][] {
  return analyseText(text, { anchorDate: '2026-07-21', bodyStart: 0, outlet: null }).attributions.map((a) => [a.source?.text, a.speaker?.name ?? null, a.speaker?.role ?? null]);
}

const LEDE = 'A Mesa man who was born in Tucson says he was pulled from his car, pinned to the ground and held for three days by immigration agents.';

describe('readLedeIdentity', () => {
  it('reads a lede\'s "A Mesa man … says" as the person the next paragraph names with an age, who is then the subject', () => {
    const text = `${LEDE}\n\nAndrés Villalobos, 26, said agents stopped him on July 15.\n\nHis sister, Carla Villalobos, said the family brought his passport. "I told them I'm a citizen," Villalobos said.`;
    expect(speakers(text)).toEqual([
      [expect.any(String), 'Andrés Villalobos', 'subject'],
      ['Andrés Villalobos, 26', 'Andrés Villalobos', 'subject'],
      ['His sister, Carla Villalobos', 'Carla Villalobos', 'family'],
      // The surname he shares with his sister, set off as a relative, is his.
      ['Villalobos', 'Andrés Villalobos', 'subject'],
    ]);
  });

  it('names no one when the next paragraph opens otherwise, or the genders disagree', () => {
    expect(speakers(`${LEDE}\n\nAgents stopped Andrés Villalobos, 26, on July 15, his sister said.`)[0][1]).toBeNull();
    expect(speakers(`${LEDE.replace('man', 'woman')}\n\nAndrés Villalobos, 26, said he was stopped by agents on July 15.`)[0][1]).not.toBe('Andrés Villalobos');
  });
});

describe('readLedeOfficer', () => {
  it('reads a lede\'s "A Border Patrol agent who shot … testified" as the officer the next paragraph names under that title', () => {
    const lede = 'A Border Patrol agent who shot a driver at a checkpoint in March testified Tuesday that he fired because the car was about to hit his partner.';
    const text = `${lede}\n\nAgent Tom Hale, 31, told the judge the car lurched forward.`;
    expect(speakers(text).map((s) => s.slice(1))).toEqual([
      ['Tom Hale', 'official'],
      ['Tom Hale', 'official'],
    ]);
    // Another title opens the next paragraph: not the agent.
    const other = `${lede}\n\nJudge Tom Hale, 61, told the court the car lurched forward.`;
    expect(speakers(other)[0][1]).not.toBe('Tom Hale');
  });
});
