import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

// Invented sentences: each attribution's speaker, as [name, role].
function speakers(text: string): ([string, string] | null)[] {
  return analyseText(text, { anchorDate: '2026-03-05', bodyStart: 0, outlet: null }).attributions.map((a) => (a.speaker ? [a.speaker.name, a.speaker.role] : null));
}

const LEAD = 'An ICE officer shot a man in a parking lot in Salem on Wednesday. ';

describe('unresolvedEntity', () => {
  it('names someone the story says it will not name by their noun, and a "she" after them is them', () => {
    expect(speakers(`${LEAD}A woman who was in the passenger seat, who asked not to be named, said the car was parked. "He put his hands up," she said.`)).toEqual([
      ['woman', 'other'],
      ['woman', 'other'],
    ]);
  });

  it('names one who lives on the block a neighbor, a witness', () => {
    expect(speakers(`${LEAD}A man who lives on the block, who did not want to be identified, said he heard three shots.`)).toEqual([['neighbor', 'witness']]);
  });

  it('leaves someone merely unnamed unresolved', () => {
    expect(speakers(`${LEAD}A woman who lives nearby said she heard three shots.`)).toEqual([null]);
  });
});
