import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('findAttributions: a report inside a relative clause ("…, which the mayor said was …")', () => {
  it('takes the relative pronoun and the rest of the clause as the content', () => {
    expect(attribute('The city raised the fee, which the mayor said was unfair to renters.')).toEqual([['the mayor', 'said', ['which', 'was unfair to renters']]]);
    expect(attribute('The board cut the grant, which the nurses argue will close the clinic.')).toEqual([['the nurses', 'argue', ['which', 'will close the clinic']]]);
  });

  it('reads "which" before a bare plural subject, which the scan takes into the source', () => {
    expect(attribute('The council raised the fee, which critics said was unfair to renters.')).toEqual([['critics', 'said', ['which', 'was unfair to renters']]]);
    expect(attribute('The new rules, which officials said will take effect in May, do not cover farms.')).toEqual([['officials', 'said', ['which', 'will take effect in May']]]);
  });

  it('ends the relative where the main clause resumes', () => {
    expect(attribute('The driver, who officials said was in the country illegally, was held on Monday.')).toEqual([['officials', 'said', ['who', 'was in the country illegally']]]);
  });

  it('leaves restrictive relatives alone', () => {
    expect(attribute('The board adopted a plan that critics said would cut services.')).toEqual([]);
    expect(attribute('He faces what she said is a long wait.')).toEqual([]);
  });

  it('needs a finite verb right after the cue', () => {
    // "which the mayor said in May" has no reported clause after the cue.
    expect(attribute('The city raised the fee, which the mayor said in May.').some((f) => f[2][0] === 'which')).toBe(false);
  });
});

describe('a report inside a "whose" relative clause', () => {
  it('ends where the main clause takes over, and gives it none of the main clause', () => {
    const found = attribute('The woman, whose lawyer says she was unarmed, remains in custody.');
    expect(found.map((f) => [f[0], f[2]])).toEqual([['whose lawyer', ['she was unarmed']]]);
    const boy = attribute('The boy, whose family asked that the school keep him home because he is a minor, needed 14 stitches, his mother said.');
    expect(boy.find((f) => f[0] === 'whose family')?.[2]).toEqual(['the school keep him home because he is a minor']);
  });
});

describe('findRelativeReport: a person\'s restrictive relative (stop 71)', () => {
  it('reads "a man who witnesses said was unarmed" with no comma before "who"', () => {
    expect(attribute('He is a man who witnesses said was unarmed.')).toEqual([['witnesses', 'said', ['who', 'was unarmed']]]);
    expect(attribute('Among those taken was a trimmer who coworkers said was struck with a baton.')).toEqual([['coworkers', 'said', ['who', 'was struck with a baton']]]);
  });
});
