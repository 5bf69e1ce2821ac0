import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

// Invented posts: whose account speaks.
function speakers(text: string): [string, string | null][] {
  return analyseText(text, { anchorDate: '2026-02-15' }).attributions.map((a) => [a.source?.text ?? '', a.speaker?.name ?? null]);
}

const OWNER = 'Within an hour, the official account of the Border Patrol\'s Spokane Sector had posted its version.';

describe('readAccount (stop 69)', () => {
  it('gives "the Spokane Sector account posted" and "the account also described" to the body whose account the text said it is', () => {
    const text = `${OWNER}\n\nOn Friday, the Spokane Sector account posted that the agent had been dragged. The account also described the driver as dangerous.`;
    expect(speakers(text).map((s) => s[1])).toEqual(["Border Patrol's Spokane Sector", "Border Patrol's Spokane Sector"]);
  });

  it('gives a handle to that body only when it stands right after the phrase; any other handle to no one', () => {
    expect(speakers('The official account of the Border Patrol\'s Spokane Sector, @USBPChiefSPW, posted first.\n\n"He rammed agents," @USBPChiefSPW wrote.').at(-1)).toEqual(['@USBPChiefSPW', "Border Patrol's Spokane Sector"]);
    expect(speakers(`${OWNER}\n\n"They hit him," @PatriotMom_WA replied.`).at(-1)).toEqual(['@PatriotMom_WA', null]);
  });

  it('leaves "an account called …" and "the witness\'s account" to others', () => {
    expect(speakers(`${OWNER}\n\nThe witness's account says he was backing up.`).at(-1)).toEqual(["The witness's account", null]);
  });
});
