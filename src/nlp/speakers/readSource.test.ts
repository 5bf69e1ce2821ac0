import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

/** Each attribution's source and the speaker it resolves to. */
function speakers(text: string): [string | null, string | null][] {
  return analyseText(text, { anchorDate: '2026-04-22', bodyStart: 0, outlet: null }).attributions.map((a) => [a.source?.text ?? null, a.speaker?.name ?? null]);
}

describe('readSource', () => {
  it('leaves a party, state or district in parentheses out of the name', () => {
    const text = 'A Border Patrol agent shot Ramon Ibarra near Eagle Pass on Sunday.\n\nSen. Tom Hale (R-Ariz.) said the agent acted properly.\n\nCongresswoman Lena Ortiz (TX-23) said the video must be released.';
    expect(speakers(text)).toEqual([
      ['Sen. Tom Hale (R-Ariz.)', 'Tom Hale'],
      ['Congresswoman Lena Ortiz (TX-23)', 'Lena Ortiz'],
    ]);
  });

  it('reads a congressional leader’s title as a title, not as part of the name', () => {
    const text = 'A Border Patrol agent shot Ramon Ibarra near Eagle Pass on Sunday.\n\nSenate Minority Leader Ana Ruiz (D-Nev.) said the agent must be named. Ruiz said the video should be released.';
    expect(speakers(text)).toEqual([
      ['Senate Minority Leader Ana Ruiz (D-Nev.)', 'Ana Ruiz'],
      ['Ruiz', 'Ana Ruiz'],
    ]);
  });
});
