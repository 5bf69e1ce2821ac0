import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

function speakers(text: string): (string | null)[] {
  return analyseText(text, { anchorDate: '2026-03-10', bodyStart: 0, outlet: null }).attributions.map((a) => a.speaker?.name ?? null);
}

describe('scanTitledSubjects', () => {
  it('keeps a "she" after "the mayor" opening a clause from the woman a possessive named on the way', () => {
    const text = [
      'Assistant Secretary Lorraine Vickery wrote on X that the man was a gang member.',
      'Aurora Mayor Denise Okafor said the city had not been told of the operation.',
      "Asked about Vickery's post, the mayor was blunter. She called the post reckless.",
    ].join('\n\n');
    expect(speakers(text)[2]).not.toBe('Lorraine Vickery');
  });

  it('leaves a rank many hold alone: "the officer" is no occurrence of the one officer named', () => {
    const text = 'Officer Ana Ruiz stopped the car on Monday. After the stop, the officer waited. She said the driver had reversed.';
    expect(speakers(text)).toEqual(['Ana Ruiz']);
  });
});
