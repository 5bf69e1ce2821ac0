import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('trimSourceTime: a day or "at the time" closing the speaker phrase says when (round 24)', () => {
  it('drops a relation whose whole source is a time ("that night"), never a name written like one (stop 43)', () => {
    expect(attribute('A man who was with his son that night told the family that Brayan was running.').some((f) => f[0] === 'night')).toBe(false);
    expect(attribute('Police Chief Bob Day met reporters. Day said the count was wrong.').map((f) => f[0])).toContain('Day');
    expect(attribute('Time reported that the count was wrong.').map((f) => f[0])).toEqual(['Time']);
  });

  it('leaves the time out of the source', () => {
    expect(attribute('The county clerk on Thursday evening said the count was wrong.').map((f) => f[0])).toEqual(['The county clerk']);
    expect(attribute('Ana Ruiz at the time said the count was wrong.').map((f) => f[0])).toEqual(['Ana Ruiz']);
  });

  it('keeps a time that dates a thing after a participle, or that a relative clause tells', () => {
    expect(attribute('A poll released on Monday said the count was wrong.').map((f) => f[0])).toEqual(['A poll released on Monday']);
    expect(attribute('“The count was wrong,” said Ana Ruiz, a clerk who lined up to vote on Tuesday.').map((f) => f[0])).toEqual(['Ana Ruiz, a clerk who lined up to vote on Tuesday']);
  });

  it('leaves a time opening the speaker phrase out of it: "Last week Albright said" (stop 68)', () => {
    expect(attribute('Last week Albright said the footage would not be released.').map((f) => f[0])).toEqual(['Albright']);
    expect(attribute('Earlier this month Sen. Ana Ruiz wrote that the footage should be released.').map((f) => f[0])).toEqual(['Sen. Ana Ruiz']);
  });
});
