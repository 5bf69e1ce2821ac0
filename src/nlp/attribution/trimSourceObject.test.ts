import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('trimSourceObject: the name after a noun of assertion speaks', () => {
  it('gives ", a claim Ochoa said …" to Ochoa', () => {
    const found = attribute('He was not given pain medication, a claim Ochoa said his office has asked ICE to investigate.');
    expect(found).toContainEqual(['Ochoa', 'said', ['his office has asked ICE to investigate']]);
  });

  it('keeps a source that is the noun itself', () => {
    expect(attribute('The claim said the officer was hurt.')).toEqual([['The claim', 'said', ['the officer was hurt']]]);
  });
});
