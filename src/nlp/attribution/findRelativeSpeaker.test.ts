import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('findRelativeSpeaker: "…, who said …"', () => {
  it('reads the relative pronoun as the source of "say", up to the comma that hands back', () => {
    expect(attribute('The harbor master, who said the pier was unsafe, left early.')).toEqual([['who', 'said', ['the pier was unsafe']]]);
    expect(attribute('Tom Brell, who has long said that the pier would reopen, resigned.')).toEqual([['who', 'has long said', ['the pier would reopen']]]);
  });

  it('reads nothing after a negation, nor for other verbs of saying', () => {
    expect(attribute('Tom Brell, who has not said the pier would reopen, resigned.')).toEqual([]);
    expect(attribute('Tom Brell, who told the board the pier would reopen, resigned.')).toEqual([]);
  });
});

describe('findRelativeSpeaker: a statement or filing', () => {
  it('reads ", which said" after a statement or filing noun, and not after any other noun', () => {
    expect(attribute('The agency released a statement, which said the officer fired in self-defense.')).toEqual([['which', 'said', ['the officer fired in self-defense']]]);
    expect(attribute('The agency fixed the gate, which said the rules had changed.')).toEqual([]);
  });
});
