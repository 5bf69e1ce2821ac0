import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

// Invented sentences: who "the pastor" is.
function speakers(text: string): (string | null)[] {
  return analyseText(text, { anchorDate: '2026-03-17', bodyStart: 0, outlet: null }).attributions.map((a) => a.speaker?.name ?? null);
}

describe('readClergyNoun', () => {
  it('reads "The pastor" after "The Rev. Gregory Okafor" as him, and the "He" after', () => {
    expect(speakers('The Rev. Gregory Okafor, 61, has spent the days since the protest with his wrist in a cast. The pastor said he fractured it. He said he blames no one.')).toEqual(['Gregory Okafor', 'Gregory Okafor']);
  });

  it('reads no one when no one, or two, bear a clergy honorific', () => {
    expect(speakers('Gregory Okafor, 61, was hit. The pastor said he fractured it.')).toEqual([null]);
    expect(speakers('The Rev. Gregory Okafor and the Rev. Ana Ruiz marched. The pastor said the gas came first.')).toEqual([null]);
  });
});
