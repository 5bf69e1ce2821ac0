import { describe, expect, it } from 'vitest';
import { attributeText } from './testing/attributeText.js';

describe('widenOverAdjectiveList: a list of adjectives after a determiner in the speaker phrase', () => {
  it('keeps the whole phrase, before a tag after a quotation and before a reported clause', () => {
    expect(attributeText('“The river came up fast,” the soaked, 64-year-old ferryman said after the storm.')).toEqual([['the soaked, 64-year-old ferryman', 'said', ['The river came up fast,']]]);
    expect(attributeText('The tired, happy coach said the team had earned the rest.')).toEqual([['The tired, happy coach', 'said', ['the team had earned the rest']]]);
  });

  it('leaves a phrase after a clause and its comma alone', () => {
    expect(attributeText('The pier closed early, and local fishermen said the catch was poor.')[0]?.[0]).toBe('local fishermen');
  });
});
