import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

const sources = (text: string): (string | undefined)[] => attribute(text).map(([source]) => source);

describe('widenOverSubjectModifier: the speaker is the head, not an object inside its modifier', () => {
  it('keeps "like" and its names with the plural before it', () => {
    expect(sources('Critics like Ana Ruiz say the plan is weak.')).toEqual(['Critics like Ana Ruiz']);
  });

  it('keeps an infinitive and its object after a participle or a noun', () => {
    expect(sources('Republican activists clamoring to block Ana Ruiz say the rules are unfair.')).toEqual(['Republican activists clamoring to block Ana Ruiz']);
    expect(sources('Organizers of the push to boycott the speech said they would march.')).toEqual(['Organizers of the push to boycott the speech']);
  });

  it('keeps a restrictive relative after "those" or "many"', () => {
    expect(sources('Those who back her opponents say she is weak.')).toEqual(['Those who back her opponents']);
    expect(sources('Many who backed the levy now say it failed.')).toEqual(['Many who backed the levy']);
  });

  it('leaves the object of "let" or "hear" as the speaker of the bare verb after it', () => {
    expect(sources('It is time to let voters say what they want.')).toEqual(['voters']);
  });
});
