import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('evidenceVerbAt: "records show" read as two nouns', () => {
  it('reads "show" after an evidence noun as the verb when a clause or the tag end follows', () => {
    expect(attribute('County records show he sold the farm in 2010.')).toContainEqual(['County records', 'show', ['he sold the farm in 2010']]);
    expect(attribute('Most of that money arrived in March, new records show.')).toContainEqual(['new records', 'show', ['Most of that money arrived in March']]);
  });

  it('leaves "show" after other nouns alone', () => {
    expect(attribute('The talk show hosts he invited were late.').some((f) => f[1] === 'show')).toBe(false);
  });
});
