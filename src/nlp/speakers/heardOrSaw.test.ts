import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

/** The role of the speaker of the last attribution. */
function lastRole(text: string): string | null {
  return analyseText(text, { anchorDate: '2026-02-26', bodyStart: 0, outlet: null }).attributions.at(-1)?.speaker?.role ?? null;
}

describe('heardOrSaw', () => {
  it('makes a witness of one who saw it, not of one who saw a clip of it (stop 49)', () => {
    const text = 'EL PASO — A Border Patrol agent shot a driver Tuesday. Tom Reese, a retired teacher, spoke at a vigil. "I saw the agent fire. He was not armed," Reese said.';
    expect(lastRole(text)).toBe('witness');
    expect(lastRole(text.replace('I saw the agent fire', 'I have seen the video'))).toBe('other');
  });
});
