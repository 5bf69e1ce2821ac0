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

describe('heardOrSaw: a recording as a thing (stop 67)', () => {
  it('makes no witness of a trainer who speaks of "that recording"; one who was recording stays one', () => {
    const text = 'An ICE officer shot a man in Albuquerque on Feb. 21.\n\nDaniel Okafor, the use-of-force trainer, said the absence of that recording was itself significant.';
    expect(lastRole(text)).toBe('other');
    expect(lastRole(text.replace('said the absence of that recording was itself significant', 'said she was recording when the officer fired'))).toBe('witness');
  });
});
