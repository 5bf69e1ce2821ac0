import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('findAttributions: an answer after a verb of saying ("41 percent said yes")', () => {
  it('takes "yes", "no", "so" and "the same" (with its "of …") as the content', () => {
    expect(attribute('Asked about the levy, 41 percent said yes, compared with 30 percent last year.')).toEqual([['41 percent', 'said', ['yes']]]);
    expect(attribute('Last month, 26 percent said so in the county poll.')).toEqual([['26 percent', 'said', ['so']]]);
    expect(attribute('Only a third of voters say the same of Lee.')).toEqual([['Only a third of voters', 'say', ['the same of Lee']]]);
  });

  it('reads a clause that opens with such a word as a clause, and leaves a refusal alone', () => {
    expect(attribute('He said so far the plan works.')).toEqual([['He', 'said', ['so far the plan works']]]);
    expect(attribute('She said no one came.')).toEqual([['She', 'said', ['no one came']]]);
    expect(attribute('He said no to the war.')).toEqual([]);
  });
});
