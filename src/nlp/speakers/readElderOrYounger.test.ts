import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

// Invented sentences: the speaker of each attribution, as [name, role].
function speakers(text: string): (readonly [string, string] | null)[] {
  return analyseText(text, { anchorDate: '2026-11-12' }).attributions.map((a) => (a.speaker ? ([a.speaker.name, a.speaker.role] as const) : null));
}

const STORY = 'Juan Pérez Jr., 34, was shot by an ICE officer on Sunday. Pérez\'s father, Juan Pérez Sr., said his son had applied for DACA. ';

describe('readElderOrYounger', () => {
  it('reads "the elder Pérez" as the one Pérez named with "Sr."', () => {
    expect(speakers(`${STORY}"He never hurt anyone," the elder Pérez said.`).at(-1)).toEqual(['Juan Pérez Sr.', 'family']);
  });

  it('leaves it unresolved when no one, or no one of that surname, carries the suffix', () => {
    expect(speakers('Ana Ruiz was shot by an ICE officer on Sunday. "He never hurt anyone," the elder Ruiz said.').at(-1)).toBeNull();
    expect(speakers(`${STORY}"He never hurt anyone," the elder Gómez said.`).at(-1)).toBeNull();
  });
});
