import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('widenOverParenthetical: a parenthesis between the speaker phrase and its cue', () => {
  it('keeps the phrase before the parenthesis, the parenthesis included', () => {
    expect(attribute('Ruiz (who has 25 delegates to date) said it is possible for him to win.')).toEqual([['Ruiz (who has 25 delegates to date)', 'said', ['it is possible for him to win']]]);
    expect(attribute('The harbor board (which met on Tuesday) said the pier was closed.')).toEqual([['The harbor board (which met on Tuesday)', 'said', ['the pier was closed']]]);
  });

  it('never takes the words inside the parenthesis for the speaker', () => {
    const found = attribute('Aides to the mayor (that would be Ana Ruiz) even suggest the pier might reopen.');
    expect(found.map(([source]) => source)).toEqual(['Aides to the mayor (that would be Ana Ruiz)']);
    expect(attribute('Voters (mostly older men) said the pier was closed.')[0][0]).toBe('Voters (mostly older men)');
  });

  it('leaves a party tag where it was', () => {
    expect(attribute('Sen. Ana Ruiz (D-Del.) said the pier was closed.')).toEqual([['Sen. Ana Ruiz (D-Del.)', 'said', ['the pier was closed']]]);
  });
});
