import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('findAttributions: labels, identifications and estimates', () => {
  it('reads a label that opens a second noun phrase, and ends it at the speaker\'s next reporting verb', () => {
    expect(attribute('Chief Ada Moss called the crash an attempt to hurt an officer.')).toEqual([['Chief Ada Moss', 'called', ['the crash an attempt to hurt an officer']]]);
    expect(attribute('Gil Tran described the men as "reckless" and said the inquiry would go on.')).toEqual([
      ['Gil Tran', 'described', ['the men as "reckless"']],
      ['Gil Tran', 'said', ['the inquiry would go on']],
    ]);
  });

  it('reads what was described, with or without "as"', () => {
    expect(attribute('Ana Ruiz described the raid in detail.')).toEqual([['Ana Ruiz', 'described', ['the raid in detail']]]);
    expect(attribute('The lawsuit describes a chaotic arrest.')).toEqual([['The lawsuit', 'describes', ['a chaotic arrest']]]);
    expect(attribute('The man described by the police was never found.')).toEqual([]);
  });

  it('reads who was identified, listed or given as what, and estimates put at a number', () => {
    expect(attribute('The sheriff identified the driver as Omar Vale.')).toEqual([['The sheriff', 'identified', ['the driver as Omar Vale']]]);
    expect(attribute('The agency listed him as 41.')).toEqual([['The agency', 'listed', ['him as 41']]]);
    expect(attribute('The county gave her age as 30.')).toEqual([['The county', 'gave', ['her age as 30']]]);
    expect(attribute('Firefighters put the damage at about $2 million.')).toEqual([['Firefighters', 'put', ['the damage at about $2 million']]]);
    expect(attribute('Tenants called for an audit of the landlord.')).toEqual([['Tenants', 'called for', ['an audit of the landlord']]]);
  });

  it('leaves a passive, a time clause, a place, a plain object and a noun alone', () => {
    expect(attribute('The driver was later identified as Omar Vale.')).toEqual([]);
    expect(attribute('He gave a speech as protesters gathered outside.')).toEqual([]);
    expect(attribute('The driver put the car in reverse.')).toEqual([]);
    expect(attribute('The group placed an ad in the paper.')).toEqual([]);
    expect(attribute('Her call for an audit drew cheers.')).toEqual([]);
    // A summons is no demand in words (stop 42).
    expect(attribute('Officers called for an ambulance.')).toEqual([]);
    expect(attribute('The deputy called for backup.')).toEqual([]);
  });
});

describe('findAttributions: where the reported clause starts, and asides', () => {
  it('opens the clause at a "that" the tagger reads as a pronoun when a subject follows it', () => {
    expect(attribute('Ana Ruiz told reporters in the days after the crash that she was fine.')).toEqual([['Ana Ruiz', 'told', ['she was fine']]]);
    expect(attribute('Ana Ruiz told reporters after the crash that she was fine.')).toEqual([['Ana Ruiz', 'told', ['she was fine']]]);
  });

  it('crosses an absolute phrase between the speaker and the cue', () => {
    expect(attribute('Chief Ada Moss, her voice breaking, said the boy was safe.')).toEqual([['Chief Ada Moss', 'said', ['the boy was safe']]]);
  });
});

describe('findAttributions: speaker phrases of filings and hearings', () => {
  it('keeps a defined term in parentheses, and a quantifier after the subject, out of the way', () => {
    expect(attribute('Deputy 2 ("D-2") stated that the van did not stop.')).toEqual([['Deputy 2 ("D-2")', 'stated', ['the van did not stop']]]);
    expect(attribute('The neighbors each told the court they saw no weapon.')).toEqual([['The neighbors', 'told', ['they saw no weapon']]]);
  });

  it('reads a content with a relative clause before ", X said", and a relative aside with commas of its own', () => {
    expect(attribute('A deputy who was near the van fired once, the sheriff said.')).toEqual([['the sheriff', 'said', ['A deputy who was near the van fired once']]]);
    const found = attribute('His sister, who asked to be named only as Mara, because she fears reprisals, said he was unarmed.');
    expect(found).toEqual([['His sister, who asked to be named only as Mara, because she fears reprisals', 'said', ['he was unarmed']]]);
  });
});

