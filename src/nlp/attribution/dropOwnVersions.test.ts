import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('dropOwnVersions: the story before its correction speaks for no one', () => {
  it('drops "An earlier version of this story said …"', () => {
    expect(attribute('An earlier version of this story said Aldama was struck by three bullets.')).toEqual([]);
    expect(attribute('The original version of this article incorrectly said the mayor called the shooting troubling.')).toEqual([]);
  });

  it('keeps a version someone else wrote', () => {
    expect(attribute('An earlier version of the agency statement said Aldama was struck by three bullets.')).toEqual([['An earlier version of the agency statement', 'said', ['Aldama was struck by three bullets']]]);
  });
});
