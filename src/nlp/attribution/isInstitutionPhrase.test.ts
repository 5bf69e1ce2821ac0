import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens/tokenize.js';
import { isInstitutionPhrase, isInstitutionWord } from './isInstitutionPhrase.js';

const INSTITUTIONS = new Set(['agency', 'department', 'office', 'union']);

/** Whether the whole of `text` is an institution phrase. */
function whole(text: string): boolean {
  const tokens = tokenize(text);
  return isInstitutionPhrase(tokens, { from: 0, to: tokens.length }, INSTITUTIONS);
}

describe('isInstitutionPhrase', () => {
  it('takes a plain noun phrase headed by an institution noun or an acronym', () => {
    expect(whole('The agency')).toBe(true);
    expect(whole("the county sheriff's office")).toBe(true);
    expect(whole('the Department of Harbor Safety')).toBe(true);
    expect(whole('ICE')).toBe(true);
  });

  it('refuses a person, a thing, and a longer phrase that only ends in an institution', () => {
    expect(whole('The man')).toBe(false);
    expect(whole('the gate')).toBe(false);
    expect(whole('the fine levied by the agency')).toBe(false);
    expect(whole('the head of the agency')).toBe(false);
  });
});

describe('isInstitutionWord', () => {
  it('takes a listed noun and a capitalised acronym, not a lower-case word or a name', () => {
    const [agency, fbi, gate, maria] = tokenize('agency FBI gate Maria');
    expect(isInstitutionWord(agency, INSTITUTIONS)).toBe(true);
    expect(isInstitutionWord(fbi, INSTITUTIONS)).toBe(true);
    expect(isInstitutionWord(gate, INSTITUTIONS)).toBe(false);
    expect(isInstitutionWord(maria, INSTITUTIONS)).toBe(false);
  });
});
