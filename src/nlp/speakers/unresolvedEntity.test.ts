import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

// Invented sentences: each attribution's speaker, as [name, role].
function speakers(text: string): ([string, string] | null)[] {
  return analyseText(text, { anchorDate: '2026-03-05', bodyStart: 0, outlet: null }).attributions.map((a) => (a.speaker ? [a.speaker.name, a.speaker.role] : null));
}

const LEAD = 'An ICE officer shot a man in a parking lot in Salem on Wednesday. ';

describe('unresolvedEntity', () => {
  it('reads "the woman" as the unnamed woman just heard (stop 46)', () => {
    expect(speakers(`${LEAD}A woman who asked not to be named said she saw it. "He fired," the woman said.`)).toEqual([
      ['woman', 'witness'],
      ['woman', 'witness'],
    ]);
  });

  it('names an unnamed person whose words tell what she saw or heard a witness, in a story of force (stop 46)', () => {
    expect(speakers(`${LEAD}A store employee told the paper that she saw the car roll back slowly before she heard the shot.`)).toEqual([['employee', 'witness']]);
    expect(speakers(`${LEAD}A woman who asked not to be named said she saw the car roll back slowly.`)).toEqual([['woman', 'witness']]);
    expect(speakers(`${LEAD}A woman said the family had lived there for years.`)).toEqual([null]);
  });

  it('names someone the story says it will not name by their noun, and a "she" after them is them', () => {
    expect(speakers(`${LEAD}A woman who was in the passenger seat, who asked not to be named, said the car was parked. "He put his hands up," she said.`)).toEqual([
      ['woman', 'other'],
      ['woman', 'other'],
    ]);
  });

  it('names one who lives on the block a neighbor, a witness', () => {
    expect(speakers(`${LEAD}A man who lives on the block, who did not want to be identified, said he heard three shots.`)).toEqual([['neighbor', 'witness']]);
  });

  it('leaves someone merely unnamed unresolved, unless her words tell what she heard (stop 46)', () => {
    expect(speakers(`${LEAD}A woman who lives nearby said the family had lived there for years.`)).toEqual([null]);
    expect(speakers(`${LEAD}A woman who lives nearby said she heard three shots.`)).toEqual([['neighbor', 'witness']]);
  });
});

describe('unresolvedEntity: unnamed people the phrase puts at the scene', () => {
  it('reads people it counts, at the place when the shots came or watching, as witnesses, and "they" after them', () => {
    const text = 'Two people who were at a gas station when a Border Patrol agent opened fire on a pickup truck Friday said the truck was pulling away. They said the agent fired three times.';
    expect(speakers(text)).toEqual([['witnesses', 'witness'], ['witnesses', 'witness']]);
    expect(speakers('An agent shot a man on Friday. Several residents who watched the arrest said the man had his hands up.')[0]).toEqual(['witnesses', 'witness']);
  });

  it('leaves people it does not put at the scene, and a story with no force by officers, unresolved', () => {
    expect(speakers('An agent shot a man on Friday. Two women who were in the store last week said prices rose.')[0]).toEqual(null);
    expect(speakers('The debate ran late. Several students who watched the debate said the senator won.')[0]).toEqual(null);
  });

  it('makes a witness of one who filmed the shooting or posted the video, unnamed (stop 49)', () => {
    expect(speakers(`${LEAD}"He was parked," said a woman who filmed the shooting.`).at(-1)).toEqual(['woman', 'witness']);
    expect(speakers(`${LEAD}A woman posted a video. "He was backing out," the woman who posted the video wrote.`).at(-1)).toEqual(['woman', 'witness']);
    expect(speakers(`${LEAD}"He was parked," said a woman who lives in Phoenix.`).at(-1)).toBeNull();
  });
});
