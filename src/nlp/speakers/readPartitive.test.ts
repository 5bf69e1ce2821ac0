import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

// Invented sentences: the speaker of each attribution, as [name, role, affiliation].
function speakers(text: string): (readonly [string, string, string | null] | null)[] {
  return analyseText(text, { anchorDate: '2026-04-22' }).attributions.map((a) => (a.speaker ? ([a.speaker.name, a.speaker.role, a.speaker.affiliation] as const) : null));
}

const LEAD = 'An officer shot Mateo Quiroga, 17, in a parked car on April 14. ';

describe('readPartitive', () => {
  it('reads a count before "members of" ("Sixteen members of Congress") as those members, and "the letter" they said things in as theirs', () => {
    const text = 'Sixteen members of Congress said in a letter to Secretary Noem on Monday that they wanted answers. The letter says the agent fired into a stationary vehicle.';
    expect(analyseText(text, { anchorDate: '2026-01-06' }).attributions.map((a) => [a.speaker?.name, a.speaker?.role])).toEqual([
      ['sixteen members of Congress', 'elected_official'],
      ['sixteen members of Congress', 'elected_official'],
    ]);
  });

  it('reads "Members of" a group or of Congress as elected officials, not members of the public (stop 46)', () => {
    expect(speakers(`${LEAD}Members of the state's congressional delegation said the shooting was wrong.`)).toEqual([['members of the state\'s congressional delegation', 'elected_official', null]]);
    expect(speakers(`${LEAD}Members of Congress said the shooting was wrong.`)).toEqual([['members of Congress', 'elected_official', null]]);
    expect(speakers(`${LEAD}Members of the public said the shooting was wrong.`)).toEqual([null]);
  });

  it('reads "One of the officials" as a member of the officials heard before, with their role', () => {
    const text = `${LEAD}The officer had been warned, according to two officials familiar with his record. One of the officials said the car was stationary.`;
    expect(speakers(text)).toEqual([
      ['officials', 'official', null],
      ['one of the officials', 'official', null],
    ]);
  });

  it('reads "two of the agents" as several of them', () => {
    expect(speakers(`${LEAD}Agents arrived at noon. Two of the agents said the car moved.`)).toEqual([['two of the agents', 'official', null]]);
  });

  it('leaves no group, or former members, unread', () => {
    expect(speakers(`${LEAD}One of the men said the car was stationary.`)).toEqual([null]);
    expect(speakers(`${LEAD}Prosecutors charged him. One of the former prosecutors said the case was weak.`).at(-1)).toBeNull();
  });

  it('makes "one of them" no member of a group that has not spoken: agents the workers told of (stop 49)', () => {
    const text = 'RIVERSIDE — Ramiro Solís, 38, died after Border Patrol agents restrained him. Two car wash workers, who spoke on the condition that their names not be used because they fear immigration enforcement, saw it. The agents entered without warning. One of them said Solís "put his hands up" before an agent tackled him.';
    const last = analyseText(text, { anchorDate: '2026-01-24', bodyStart: 0, outlet: null }).attributions.at(-1);
    expect(last?.speaker?.role ?? null).not.toBe('official');
  });
});
