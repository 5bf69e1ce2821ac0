import { describe, expect, it } from 'vitest';
import { loadCueLexicon } from '../../nlp/attribution/cueLexicon.js';
import { findQuoteRanges, isInside } from '../../nlp/speakers/quoteRanges.js';
import { findRelays, isRelayed } from './findRelays.js';

/** The relayed parts of `words` (a speaker's content, alone in its text), as text. */
function relayed(words: string, self: readonly string[] = [], narration = false): string[] {
  const quotes = findQuoteRanges(words);
  const context = { selfWords: new Set(self), isQuoted: (offset: number) => isInside(quotes, offset), narration };
  return findRelays(words, 0, loadCueLexicon(), context).map((r) => words.slice(r.start, r.end));
}

describe('findRelays', () => {
  it('finds the words of the agent of a passive accusation: "was accused by the department of ramming" (stop 46)', () => {
    expect(relayed('Martinez was accused by the Department of Homeland Security of ramming agents with her car.', [], true)).toEqual(['accused by the Department of Homeland Security of ramming agents with her car.']);
  });

  it("finds the words a speaker retells from someone else, to the end of the sentence", () => {
    expect(relayed('Border Patrol has said Ramon threw rocks at agents. Those accounts cannot both be true.')).toEqual(['said Ramon threw rocks at agents.']);
    expect(relayed('“They told the public these two were violent gang members,” he said.')).toEqual(['told the public these two were violent gang members,” he said.']);
    expect(relayed('“According to the police, he drove at them. He did not.”')).toEqual(['“According to the police, he drove at them.']);
  });

  it("finds someone's words named by a noun: an account, a claim, an allegation that …", () => {
    expect(relayed('The agency has not retracted its account that Ruiz drove at the agent. The video shows otherwise.')).toEqual(['that Ruiz drove at the agent.']);
    expect(relayed('The lawyer read out the agency’s claim that he was armed, and that he fled.')).toEqual(['that he was armed']);
    // Without the comma the same verb goes on: "wrote that … and that …" is all the writer's (stop 42).
    expect(relayed('An officer wrote in his report that the teen reached for his waistband and that he feared for his life.')).toEqual(['wrote in his report that the teen reached for his waistband and that he feared for his life.']);
    expect(relayed('My account that he was unarmed has never changed.')).toEqual([]);
    // A rejection is the speaker's own stance (matchFacets turns it to the opposite), not a retelling.
    expect(relayed('She said the wound contradicts the claim that her client drove at the agent.')).toEqual([]);
    expect(relayed('The account of the shooting was brief.')).toEqual([]);
    // What the noun is of may stand between it and its clause.
    expect(relayed('The agency’s version of events — that the driver tried to run over the agent — is contradicted by a video.')).toEqual(['that the driver tried to run over the agent — is contradicted by a video.']);
    expect(relayed('Its account of the shooting, that he drove at the agent, has not changed.')).toEqual(['that he drove at the agent, has not changed.']);
    expect(relayed('The story of a man that nobody knew.')).toEqual([]);
    // A relative "that" before the verb and its clause: others' words; "that claim" as a noun is not.
    expect(relayed('Accounts circulating online that claim the officer shot an unarmed man are false.')).toEqual(['claim the officer shot an unarmed man are false.']);
    expect(relayed('That claim was false from the start.')).toEqual([]);
  });

  it("finds someone's testimony or story that … retold by a judge or a lawyer", () => {
    expect(relayed('The agent’s testimony that Ruiz lunged at him with a screwdriver is contradicted by every witness.')).toEqual(['that Ruiz lunged at him with a screwdriver is contradicted by every witness.']);
    expect(relayed('She called the agency’s story that he fled a fabrication.')).toEqual(['that he fled a fabrication.']);
  });

  it("finds someone else's characterisation of a person: described as, labeled, accused of", () => {
    expect(relayed("the agency's first statement described Ruiz as an “illegal alien,” which it later withdrew")).toEqual(['described Ruiz as an “illegal alien,” which it later withdrew']);
    expect(relayed('DHS accused him of ramming the agents. He did not.')).toEqual(['accused him of ramming the agents.']);
    expect(relayed('I described him as unarmed, and he was.')).toEqual([]);
    // "called" also calls 911 and calls for an inquiry: no relay.
    expect(relayed('Ruiz called her mother after the agent shot her.')).toEqual([]);
  });

  it('runs a relay past an abbreviation or an initial, not past the sentence', () => {
    expect(relayed('The agency has said that Mr. Reyes drove at U.S. agents. The video does not show that.')).toEqual(['said that Mr. Reyes drove at U.S. agents.']);
  });

  it("leaves the speaker's own words: I and we, their own name, a pronoun in indirect speech, a passive, a denial, what they were told", () => {
    expect(relayed('I told the agent he was unarmed, and we have said so since.')).toEqual([]);
    expect(relayed('Officer A, who DHS said was in front of the car, fired twice.', ['dhs'])).toEqual([]);
    expect(relayed('the driver, a woman it said was armed, rammed the agents')).toEqual([]);
    expect(relayed('he was told to leave and was charged with assault')).toEqual([]);
    expect(relayed('the government was not claiming he belongs to any gang')).toEqual([]);
    expect(relayed('officials have told her only that he is in a hospital')).toEqual([]);
    expect(relayed('the government was “not seeking a long sentence,” according to a transcript')).toEqual([]);
  });

  it("reads a person's pronoun in the outlet's own narration as someone else, unquoted too", () => {
    const sentence = 'The charge was dropped after his lawyer released video that she said shows his car backing away from the agent.';
    expect(relayed(sentence, [], true)).toEqual(['said shows his car backing away from the agent.']);
    // In a speaker's indirect speech the pronoun is most often the speaker.
    expect(relayed(sentence)).toEqual([]);
    // An agency's release may call itself "it".
    expect(relayed('The agency released video that it said shows the car turning toward agents.', [], true)).toEqual([]);
  });

  it('tells whether a span lies in a relay', () => {
    const words = 'Police said he was armed. He was not.';
    const quotes = findQuoteRanges(words);
    const relays = findRelays(words, 100, loadCueLexicon(), { selfWords: new Set(), isQuoted: (o) => isInside(quotes, o - 100) });
    expect(isRelayed(relays, 100 + words.indexOf('armed'), 100 + words.indexOf('armed') + 5)).toBe(true);
    expect(isRelayed(relays, 100 + words.indexOf('not'), 100 + words.indexOf('not') + 3)).toBe(false);
  });
});

describe('findRelays: a text that called someone something', () => {
  it('finds a statement or post that called someone something, retold', () => {
    expect(relayed('He is a citizen, contradicting a DHS statement that called him "an illegal alien with a criminal record."')).toEqual(['called him "an illegal alien with a criminal record."']);
    expect(relayed('She called him a hero.')).toEqual([]);
    expect(relayed('A neighbor who called 911 said he ran.')).toEqual(['said he ran.']);
  });
});
