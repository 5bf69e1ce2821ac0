import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens/tokenize.js';
import { hasMistaggedVerb, mistaggedVerbAt } from './hasMistaggedVerb.js';
import { attributeText as attribute } from './testing/attributeText.js';

/** Whether the words of `text` after its first `skip` tokens hold a verb the tagger read as a noun. */
function mistagged(text: string, skip: number): boolean {
  const tokens = tokenize(text);
  const end = tokens.length - (tokens[tokens.length - 1].text === '.' ? 1 : 0);
  return hasMistaggedVerb(tokens, skip, end);
}

describe('hasMistaggedVerb', () => {
  it('finds a verb in -s or -ed the tagger read as a noun, right after the subject', () => {
    // Both tokenizations read "yields" and "deserved" as nouns (checked below by the relation found).
    expect(mistagged('Ruiz said each year of training yields a raise in wages.', 2)).toBe(true);
    expect(mistagged('The clerk said the Ortiz family deserved better.', 3)).toBe(true);
  });

  it('finds a past tense before a bare noun, not a noun in -eed', () => {
    expect(mistagged('The clerk said the family deserved answers.', 3)).toBe(true);
    expect(attribute('The clerk said the family deserved answers.')).toEqual([['The clerk', 'said', ['the family deserved answers']]]);
    expect(mistagged('Ruiz said the seed shed seeds.', 2)).toBe(false);
  });

  it('finds none in a plain noun phrase', () => {
    expect(mistagged('Ruiz said a prayer for the crew.', 2)).toBe(false);
    expect(mistagged('Ruiz said the business of the harbor.', 2)).toBe(false);
  });
});

describe('findAttributions: a reported clause whose only verb the tagger read as a noun (round 27)', () => {
  it('reads the clause after "said" and before an inverted "…, X said." or "…, said X."', () => {
    expect(attribute('Ana Ruiz said each year of training yields a raise in wages.')).toEqual([['Ana Ruiz', 'said', ['each year of training yields a raise in wages']]]);
    expect(attribute('The clerk said the Ortiz family deserved better.')).toEqual([['The clerk', 'said', ['the Ortiz family deserved better']]]);
    expect(attribute('The harbor plan marks a new start for the town, one fisherman said.')).toEqual([['one fisherman', 'said', ['The harbor plan marks a new start for the town']]]);
    expect(attribute('The harbor plan marks a new start for the town, said Ana Ruiz, the mayor.')).toEqual([['Ana Ruiz, the mayor', 'said', ['The harbor plan marks a new start for the town']]]);
  });

  it('still reads no clause in a noun phrase after "said"', () => {
    expect(attribute('Ruiz said a prayer for the crew.')).toEqual([]);
  });
});

describe('mistaggedVerbAt: a plain form after a plural subject (stop 45)', () => {
  it('finds "face" in "officers face a sharp increase", and no verb in a compound before a noun', () => {
    const words = tokenize('officers face a sharp increase in attacks');
    expect(mistaggedVerbAt(words, 0, words.length)).toBe(words.findIndex((t) => t.text === 'face'));
    const compound = tokenize('the veterans affairs office');
    expect(mistaggedVerbAt(compound, 0, compound.length)).toBe(-1);
  });
});
