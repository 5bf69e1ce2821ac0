import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

// Invented sentences: the speaker of each attribution, as [source, name, role].
function speakers(text: string): [string | undefined, string | undefined, string | undefined][] {
  return analyseText(text, { anchorDate: '2026-01-27' }).attributions.map((a) => [a.source?.text, a.speaker?.name, a.speaker?.role]);
}

describe('readGovernment', () => {
  it('reads "the government" arguing a criminal case as the prosecution, the voice of "prosecutors"', () => {
    const text = 'A Border Patrol agent shot Ana Ruiz. She was charged with assaulting a federal officer. The government alleged that Ruiz rammed the agent’s car. Prosecutors said she fled.';
    expect(speakers(text)).toEqual([
      ['The government', 'prosecutors', 'prosecutor'],
      ['Prosecutors', 'prosecutors', 'prosecutor'],
    ]);
  });

  it('leaves "the government" alone outside a criminal case, when it only speaks, or when it charges', () => {
    expect(speakers('Agents shot a man on Saturday. The government alleged that he rammed their car.')[0][1]).toBeUndefined();
    expect(speakers('A Border Patrol agent shot Ana Ruiz. She was charged with assault. The government said the agent was hurt.')[0][1]).toBeUndefined();
  });
});
