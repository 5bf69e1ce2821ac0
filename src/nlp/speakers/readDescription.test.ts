import { describe, expect, it } from 'vitest';
import { readDescription } from './readDescription.js';
import { loadRoleVocab } from './roleVocab.js';
import { splitWords } from './words.js';

function headOf(phrase: string): string | null {
  return readDescription(splitWords(phrase), [], loadRoleVocab()).head?.norm ?? null;
}

describe('readDescription', () => {
  it('reads kin in the possessive before another word as whose the person is, not the head (stop 53)', () => {
    // "The family's landlord" is no relative; "the family's lawyer" is counsel.
    expect(headOf("The family's landlord")).toBeNull();
    expect(headOf("The family's pastor")).toBeNull();
    expect(headOf("the family's lawyer")).toBe('lawyer');
    expect(headOf('his brother')).toBe('brother');
    // The family as a whole is still a relation.
    expect(headOf('the family')).toBe('family');
  });

  it("keeps a body's possessive as the head: the agency's documents are its word", () => {
    expect(headOf("the agency's own budget documents")).toBe('agency');
  });
});
