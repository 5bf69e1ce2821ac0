import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

/** The last attribution's speaker, as [name, role]. */
function lastSpeaker(text: string): [string, string] | null {
  const s = analyseText(text, { anchorDate: '2026-11-10', bodyStart: 0, outlet: null }).attributions.at(-1)?.speaker;
  return s ? [s.name, s.role] : null;
}

describe('describeGroup', () => {
  it('gives former officials no official voice, current and former ones still one (stop 49)', () => {
    const text = 'PORTLAND — An ICE officer shot Wren Halvorsen, 31, on Nov. 2. Legal scholars and former officials say the shooting was unjustified.';
    expect(lastSpeaker(text)).toEqual(['legal scholars and former officials', 'other']);
    expect(lastSpeaker(text.replace('Legal scholars and former officials', 'Retired agents'))?.[1]).toBe('other');
    expect(lastSpeaker(text.replace('Legal scholars and former officials', 'Current and former officials'))?.[1]).toBe('official');
    expect(lastSpeaker(text.replace('Legal scholars and former officials', 'Officials'))?.[1]).toBe('official');
  });
});

describe('describeGroup: officials of a body that is no government (stop 56)', () => {
  it('reads "church officials" and "school officials" as no officials of the state', () => {
    expect(lastSpeaker('The man was detained at a food pantry run by Grace Covenant Church, church officials said.')).toEqual(['church officials', 'other']);
    expect(lastSpeaker('Federal officials said agents acted lawfully.')).toEqual(['federal officials', 'official']);
  });
});
