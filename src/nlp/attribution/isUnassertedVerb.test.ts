import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('isUnassertedVerb', () => {
  it('gives no attribution to a verb of saying in a question with "do"', () => {
    expect(attribute('Did they tell you why they stopped you?')).toEqual([]);
    expect(attribute('Did the agency say why the officer fired?')).toEqual([]);
    expect(attribute('Why did he say that the car was moving?')).toEqual([]);
  });

  it('gives none to what someone never heard another say (stop 53)', () => {
    for (const text of ['He said he never heard Quiroga say he could not breathe.', "He didn't hear Quiroga say he could not breathe.", 'He denied hearing Quiroga say he could not breathe.']) {
      expect(attribute(text).some((f) => f[0] === 'Quiroga')).toBe(false);
    }
    // Heard, the words are the man's.
    expect(attribute('He said he heard Quiroga say he could not breathe.').some((f) => f[0] === 'Quiroga')).toBe(true);
  });

  it('gives none to the bare verb of a clause a demand governs', () => {
    expect(attribute('Lawmakers demanded that ICE explain why officers used pepper spray.')).toEqual([]);
    expect(attribute('The mayor asked that the agency say whether the officer was armed.').some((f) => f[0] === 'the agency')).toBe(false);
  });

  it('gives none to a verb of saying someone is told they owe ("should explain", "must say", "ought to tell")', () => {
    expect(attribute('CBP should explain why a tactical operation was run in a grocery store parking lot.')).toEqual([]);
    expect(attribute('Officials said the agency must say whether agents wore cameras.').some((f) => f[0] === 'the agency')).toBe(false);
    expect(attribute('The agency ought to tell the family what happened.')).toEqual([]);
    expect(attribute('The agency would explain that the policy changed.')).toEqual([['The agency', 'would explain', ['the policy changed']]]);
  });

  it('still reads a statement, a plural present and an inverted "nor did … say", and "do you think" as PolNeAR does', () => {
    expect(attribute('Officials explain that the policy changed.')).toEqual([['Officials', 'explain', ['the policy changed']]]);
    expect(attribute('They say the officer fired first.')).toEqual([['They', 'say', ['the officer fired first']]]);
    expect(attribute('Nor did the agency say why the officer fired.')).toEqual([['the agency', 'say', ['why the officer fired']]]);
    expect(attribute('Do you think the officer fired first?')).toEqual([['you', 'think', ['the officer fired first']]]);
  });
});

describe('isUnassertedVerb: a question left unanswered (stop 64)', () => {
  it('reads no report in "did not say what the officer believed …" nor "declined to say why the officer believed …"', () => {
    expect(attribute('Ostrander did not say what the officer believed Rentería was reaching for.')).toEqual([]);
    expect(attribute('Ostrander declined to say why the officer believed Rentería was armed.')).toEqual([]);
    expect(attribute('Ostrander said the officer believed Rentería was armed.')).toEqual([['Ostrander', 'said', ['the officer believed Rentería was armed']]]);
  });
});

describe('isUnassertedVerb: a question a modal opens (stop 65)', () => {
  it('reads no report in "Can you confirm where he was hit?" nor "Could you tell us …?", and still one in "agents can confirm …"', () => {
    expect(attribute('Can you confirm where he was hit?')).toEqual([]);
    expect(attribute('Could you tell us what the officer saw?')).toEqual([]);
    expect(attribute('She said agents can confirm where he was hit.').map(([source]) => source)).toEqual(['She']);
  });
});
