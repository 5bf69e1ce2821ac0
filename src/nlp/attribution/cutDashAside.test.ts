import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('cutDashAside (stop 68)', () => {
  it('ends the words of a report set between dashes at the closing dash', () => {
    expect(attribute('If that truck made contact with an officer - and DHS says it did - that changes the picture.')).toEqual([['DHS', 'says', ['it did']]]);
    expect(attribute('The agent fired — and officials say he had no choice — after the car moved.')).toEqual([['officials', 'say', ['he had no choice']]]);
  });

  it('leaves words with a dash of their own, after a source no dash opens', () => {
    expect(attribute('Officials said the agent fired twice - once at the tires.')[0][2]).toEqual(['the agent fired twice - once at the tires']);
  });
});
