import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('findDirectQuotes: a verb of saying that opens the sentence', () => {
  it('takes the speaker after it: `Said Hale, “…”`', () => {
    expect(attribute('Said Hale, “The vote was close.”')).toEqual([['Hale', 'Said', ['The vote was close.']]]);
  });
});
