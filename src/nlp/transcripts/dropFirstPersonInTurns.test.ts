import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

describe('dropFirstPersonInTurns (stop 68)', () => {
  it('gives no "I think" inside a caller\'s turn to the byline\'s "I"', () => {
    const text =
      'By Ruth Adair\n\nI went to Ajo in November. Hennessey called 911 at 9:52 p.m. Part of the call reads:\n\nDISPATCHER: Pima County 911, what\'s the address of your emergency?\n\nCALLER: I\'m out on Darby Well Road. I heard shooting. I think it\'s Border Patrol out there, I can see their lights.\n\nDISPATCHER: Is anyone hurt, sir?';
    const found = analyseText(text, { anchorDate: '2026-03-09', bodyStart: 0, outlet: null }).attributions;
    expect(found.some((a) => a.source !== null && text.slice(a.source.start, a.source.end) === 'I')).toBe(false);
    expect(found.filter((a) => a.cue?.text === ':').map((a) => text.slice(a.content.start, a.content.end))).toContain("I'm out on Darby Well Road. I heard shooting. I think it's Border Patrol out there, I can see their lights.");
  });
});
