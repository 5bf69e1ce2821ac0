import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

// Invented sentences. The speaker of the last "she said" is the point of each case.
function lastSpeaker(text: string): string | null {
  const { attributions } = analyseText(text, { anchorDate: '2026-01-09' });
  const last = attributions.at(-1);
  if (!last || last.source?.text.toLowerCase() !== 'she') throw new Error('fixture: the last attribution should be "she said"');
  return last.speaker?.name ?? null;
}

const GOVERNOR = 'Gov. Marta Lindqvist said she was troubled by the shooting.';

describe('scanUnnamed', () => {
  it('keeps "she said" from the governor when a sentence opens on an unnamed woman in between', () => {
    expect(lastSpeaker(`${GOVERNOR} "We need answers," she said.`)).toBe('Marta Lindqvist');
    expect(lastSpeaker(`${GOVERNOR} A woman who lives nearby heard at least three shots. "The truck was not moving," she said.`)).toBeNull();
    expect(lastSpeaker(`${GOVERNOR} One young nurse ran toward the truck. "He was not moving," she said.`)).toBeNull();
  });

  it('leaves a predicate noun, an object and a person named at once alone', () => {
    expect(lastSpeaker(`${GOVERNOR} When she was a young girl, her father was a deputy. "We need answers," she said.`)).toBe('Marta Lindqvist');
    expect(lastSpeaker(`${GOVERNOR} She met a woman who lost her son. "We need answers," she said.`)).toBe('Marta Lindqvist');
    expect(lastSpeaker(`${GOVERNOR} One local woman, Ida Brandt, spoke after her. "We need answers," she said.`)).toBe('Ida Brandt');
    expect(lastSpeaker(`${GOVERNOR} A neighbor who lives two doors down, Ida Brandt, 52, said she heard a thud. She said she heard one shot.`)).toBe('Ida Brandt');
  });
});
