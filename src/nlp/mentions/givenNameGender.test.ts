import { describe, expect, it } from 'vitest';
import { givenNameGender } from './givenNameGender.js';

describe('givenNameGender', () => {
  it('reads the first word of a name against the given-name lists, accents ignored', () => {
    expect(givenNameGender('Renee Good')).toBe('female');
    expect(givenNameGender('Jesús Armenta')).toBe('male');
    expect(givenNameGender('JULIO Sosa')).toBe('male');
    // A name in neither list, or no name, says nothing.
    expect(givenNameGender('Abdi Warsame')).toBeNull();
    expect(givenNameGender('')).toBeNull();
  });
});
