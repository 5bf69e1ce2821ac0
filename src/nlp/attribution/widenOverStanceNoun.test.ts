import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('widenOverStanceNoun: a light verb and a bare stance noun make the cue (round 24)', () => {
  it('takes the noun and "that" into the cue, the clause after it as the content', () => {
    expect(attribute('The mayor expressed concern that the levee would not hold through the spring.')).toEqual([
      ['The mayor', 'expressed concern', ['the levee would not hold through the spring']],
    ]);
  });

  it('starts the content after "that" even where "that" opens on "so" or "even"', () => {
    expect(attribute('Some residents expressed outrage that so many homes were left without power.')).toEqual([
      ['Some residents', 'expressed outrage', ['so many homes were left without power']],
    ]);
  });

  it('takes the noun and its preposition into the cue, the object after it as the content', () => {
    expect(attribute('Ana Ruiz also expressed support for the new flood wall.')).toEqual([['Ana Ruiz', 'also expressed support for', ['the new flood wall']]]);
  });

  it('leaves a noun with a determiner or an adjective in the content', () => {
    expect(attribute('Ana Ruiz expressed deep concern about the new flood wall.').map((f) => f[1])).toEqual(['expressed']);
    expect(attribute('Ana Ruiz expressed her support for the new flood wall.').map((f) => f[1])).toEqual(['expressed']);
  });

  it('does not read "in" after another noun than "interest" as its link', () => {
    expect(attribute('Ana Ruiz expressed frustration in an interview that the wall was late.').map((f) => f[1])).not.toContain('expressed frustration in');
  });
});
