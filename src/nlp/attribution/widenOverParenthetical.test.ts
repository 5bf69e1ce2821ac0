import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('widenOverParenthetical: a parenthesis between the speaker phrase and its cue', () => {
  it('keeps the phrase before the parenthesis, the parenthesis included', () => {
    expect(attribute('Ruiz (who has won two terms) said the pier would reopen.')).toEqual([['Ruiz (who has won two terms)', 'said', ['the pier would reopen']]]);
    expect(attribute('The harbor board (which met on Tuesday) said the pier was closed.')).toEqual([['The harbor board (which met on Tuesday)', 'said', ['the pier was closed']]]);
  });

  it('never takes the words inside the parenthesis for the speaker', () => {
    const found = attribute('Aides to the mayor (one of them Ana Ruiz) suggest the pier might reopen.');
    expect(found.map(([source]) => source)).toEqual(['Aides to the mayor (one of them Ana Ruiz)']);
    expect(attribute('Voters (about a third of them farmers) said the pier was closed.')[0][0]).toBe('Voters (about a third of them farmers)');
  });

  it('leaves a party tag where it was', () => {
    expect(attribute('Sen. Ana Ruiz (D-Del.) said the pier was closed.')).toEqual([['Sen. Ana Ruiz (D-Del.)', 'said', ['the pier was closed']]]);
  });
});
