import { describe, expect, it } from 'vitest';
import { attributeText } from './testing/attributeText.js';

// Invented sentences.
describe('findAccountColons: an account put forward before a colon', () => {
  it('gives what follows the colon to the subject who laid out, gave or offered the account', () => {
    expect(attributeText('By Saturday, the agency had laid out its version of events: the man charged at officers with a metal pipe and ignored commands.')).toEqual([
      ['the agency', 'laid out its version', ['the man charged at officers with a metal pipe and ignored commands']],
    ]);
    expect(attributeText('The family offered a starkly different story: he was walking home when agents shot him.')).toEqual([
      ['The family', 'offered a starkly different story', ['he was walking home when agents shot him']],
    ]);
  });

  it('reads no account where the colon opens no clause, or the noun is no account', () => {
    expect(attributeText('The agency gave its account: a short one.')).toEqual([]);
    expect(attributeText('The agency shared a photo: it shows a knife on the ground.')).toEqual([]);
  });
});
