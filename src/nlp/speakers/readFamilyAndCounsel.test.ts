import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

// Invented sentences: the speaker of each attribution, as [name, role].
function speakers(text: string): (readonly [string, string] | null)[] {
  return analyseText(text, { anchorDate: '2026-03-12' }).attributions.map((a) => (a.speaker ? ([a.speaker.name, a.speaker.role] as const) : null));
}

const LEAD = 'Agents shot Tomás Arredondo, 29, on Sunday. ';

describe('readFamilyAndCounsel', () => {
  it("reads a family and its counsel as one speaker on the family's side", () => {
    expect(speakers(`${LEAD}He was walking home, according to the man's family and their lawyer.`)).toEqual([['family of Tomás Arredondo and their lawyer', 'family']]);
    expect(speakers(`${LEAD}His family and the family's attorneys said he was unarmed.`)).toEqual([["family of Tomás Arredondo and the family's attorneys", 'family']]);
  });

  it('reads nobody but kin so', () => {
    expect(speakers(`${LEAD}Police and their lawyer said he was armed.`)).toEqual([null]);
  });
});
