import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('findRelativeSpeaker: "…, who said …"', () => {
  it('reads the relative pronoun as the source of "say", up to the comma that hands back', () => {
    expect(attribute('The harbor master, who said the pier was unsafe, left early.')).toEqual([['who', 'said', ['the pier was unsafe']]]);
    expect(attribute('Tom Brell, who has long said that the pier would reopen, resigned.')).toEqual([['who', 'has long said', ['the pier would reopen']]]);
  });

  it('ends the content on a quotation closed on the clause comma, before the main verb (stop 57)', () => {
    expect(attribute('The harbor master, who said the pier was “unsafe,” demanded repairs.')).toEqual([['who', 'said', ['the pier was “unsafe,”']]]);
    // A comma inside a quotation that goes on is no end of the clause.
    expect(attribute('The harbor master, who said the pier was “unsafe, rotten and closed,” left.')).toEqual([['who', 'said', ['the pier was “unsafe, rotten and closed,”']]]);
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

describe('findRelativeSpeaker: a body that speaks as one', () => {
  it('reads the institution noun phrase before ", which said" as the source', () => {
    expect(attribute('The agency, which said the deputy fired in self-defense, did not release the video.')).toEqual([['The agency', 'said', ['the deputy fired in self-defense']]]);
    expect(attribute('The harbor department, which said in a statement that the pier was unsafe, closed it on Friday.')).toEqual([['The harbor department', 'said in a statement', ['the pier was unsafe']]]);
    expect(attribute("The county sheriff's office, which said the deputy acted lawfully, gave no names.")).toEqual([["The county sheriff's office", 'said', ['the deputy acted lawfully']]]);
    expect(attribute('The Department of Parks, which said the lake was closed, sent a ranger.')).toEqual([['The Department of Parks', 'said', ['the lake was closed']]]);
  });

  it('reads an acronym before ", which said" as the source', () => {
    expect(attribute('ICE, which said on the day of the arrest that the agent was hurt, would not answer new questions.')).toEqual([['ICE', 'said', ['the agent was hurt']]]);
    expect(attribute('Two hours later the FBI, which said the pier was safe, reopened it.')).toEqual([['the FBI', 'said', ['the pier was safe']]]);
  });

  it('reads nothing after a person or a thing', () => {
    expect(attribute('The man, which said he was hurt, left early.')).toEqual([]);
    expect(attribute('The agency fixed the gate, which said the rules had changed.')).toEqual([]);
  });
});

describe('findRelativeSpeaker: a body that ends a longer phrase after "by" or "from" (stop 44)', () => {
  it('reads the pronoun after "the account given by the Department of …, which said" as the source', () => {
    expect(attribute('The finding contradicts the account given by the Department of Parks, which said the lake was closed.')).toEqual([['which', 'said', ['the lake was closed']]]);
    expect(attribute('The finding contradicts the account given by the mayor, which said the lake was closed.')).toEqual([]);
  });
});
