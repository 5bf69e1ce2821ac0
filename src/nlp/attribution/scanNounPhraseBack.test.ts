import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('scanNounPhraseBack: an "and" after a predicate adjective', () => {
  it('ends the speaker at an "and" that joins two clauses', () => {
    const found = attribute('Ruiz said the plan was dead and Hale said it was alive.');
    expect(found.map((f) => f[0])).toEqual(['Ruiz', 'Hale']);
    const longer = attribute('Officials said the road was quite narrow and steep and the bridge crew said it was closed.');
    expect(longer.map((f) => f[0])).toEqual(['Officials', 'the bridge crew']);
  });

  it('keeps adjectives joined inside one noun phrase', () => {
    expect(attribute('The old and new members said the rule stood.').map((f) => f[0])).toEqual(['The old and new members']);
  });
});
