import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

/** Each attribution's speaker as [name, role]. */
function speakers(text: string): [string | null, string | null][] {
  return analyseText(text, { anchorDate: '2026-03-10', bodyStart: 0, outlet: null }).attributions.map((a) => [a.speaker?.name ?? null, a.speaker?.role ?? null]);
}

describe('describePerson: a witness', () => {
  it('reads "who lives nearby and said he saw the shooting" after the name as a witness', () => {
    const text = 'Agents shot Rodrigo Fuentes in Salem on Feb. 3.\n\n"They shot him for trying to leave," said Hector Ibarra, who lives in the complex and said he saw the shooting from his balcony.';
    expect(speakers(text)[0]).toEqual(['Hector Ibarra', 'witness']);
    // A neighbour who says nothing of seeing it is no witness.
    const neighbour = 'Agents shot Rodrigo Fuentes in Salem on Feb. 3.\n\n"He was a good man," said Hector Ibarra, who lives in the complex and said he knew him for years.';
    expect(speakers(neighbour)[0]).toEqual(['Hector Ibarra', 'other']);
  });
});
