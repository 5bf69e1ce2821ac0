import { describe, expect, it } from 'vitest';
import { ledeDescriptionHead } from './ledeDescriptionHead.js';
import { loadRoleVocab } from './roleVocab.js';
import { splitWords } from './words.js';

const head = (phrase: string) => ledeDescriptionHead(splitWords(phrase), loadRoleVocab())?.norm ?? null;

describe('ledeDescriptionHead', () => {
  it("finds the noun of a lede's description of the person it is about", () => {
    expect(head('A Mesa man who was born in Tucson')).toBe('man');
    expect(head('A 17-year-old woman from Yuma')).toBe('woman');
  });

  it('finds none in a relation, a definite phrase or a name', () => {
    expect(head('A neighbor who saw the shooting')).toBeNull();
    expect(head('The man')).toBeNull();
    expect(head('A Border Patrol spokesperson')).toBeNull();
  });

  it('finds none in a gendered spokesperson noun or title: they speak for others', () => {
    expect(head('a hospital spokeswoman')).toBeNull();
    expect(head('a congresswoman from Ohio')).toBeNull();
  });
});
