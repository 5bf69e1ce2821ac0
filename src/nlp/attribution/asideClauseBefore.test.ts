import { describe, expect, it } from 'vitest';
import { attributeText } from './testing/attributeText.js';

describe('asideClauseBefore', () => {
  it('gives ", as his family says," the reported clause before it, and a participle after it to the outer speaker (stop 66)', () => {
    expect(attributeText('Delacroix disputed that Ibarra was 31, as his family says, noting that documents listed a birth year of 1989.')).toEqual([
      ['Delacroix', 'disputed', ['Ibarra was 31, as his family says']],
      ['his family', 'says', ['Ibarra was 31']],
      ['Delacroix', 'noting', ['documents listed a birth year of 1989']],
    ]);
    expect(attributeText('The agency said he was armed, as witnesses said, adding that he fired.')).toEqual([
      ['The agency', 'said', ['he was armed, as witnesses said']],
      ['witnesses', 'said', ['he was armed']],
      ['The agency', 'adding', ['he fired']],
    ]);
  });
});
