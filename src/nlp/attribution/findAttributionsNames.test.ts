import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

const speakers = (text: string) => attribute(text).map((f) => f[0]);

describe('findAttributions: speaker names the tokenizer or the tagger breaks', () => {
  it('keeps a web address whole, before or after the cue', () => {
    expect(speakers('Residents were stunned, according to Greenvalenews.com. Few expected it.')).toEqual(['Greenvalenews.com']);
    expect(speakers('Harborpost.com reported that the deal fell through.')).toEqual(['Harborpost.com']);
    expect(speakers('The move angers donors, said Ana Ruiz, the director of FairVote.org. She left.')).toEqual(['Ana Ruiz, the director of FairVote.org']);
  });

  it('keeps the particle of a surname and a given name after a comma', () => {
    expect(speakers('The council voted no, de Vries said, “and we will appeal.”')).toEqual(['de Vries']);
    expect(speakers('In fact, Ted Mallory thinks the plan is weak.')).toEqual(['Ted Mallory']);
  });

  it('keeps a run of surname particles whole, before or after the cue (round 36)', () => {
    expect(speakers('María de la Cruz, a neighbor, said the agents were masked. De la Cruz said she was afraid.')).toEqual(['María de la Cruz, a neighbor', 'De la Cruz']);
    expect(speakers('Ana de los Santos said the agents left.')).toEqual(['Ana de los Santos']);
    expect(speakers('“We were scared,” said María de la Cruz, a neighbor.')).toEqual(['María de la Cruz, a neighbor']);
    // A particle that is a word of the sentence joins nothing.
    expect(speakers('The agents left in a van Ruiz said was rented.')).not.toContain('van Ruiz');
  });

  it('keeps "at least" before a quantity', () => {
    expect(speakers('Since May, at least 300 said they would help.')).toEqual(['at least 300']);
    expect(speakers('At least half of voters in each county say the roads are bad.')).toEqual(['At least half of voters in each county']);
  });

  it('keeps a day word that is part of a name, and drops one that says when', () => {
    expect(speakers('TRIBUNE TODAY reported last month that the group paid.')).toEqual(['TRIBUNE TODAY']);
    expect(speakers('Voters going to the polls on Super Tuesday said they support the plan.')).toEqual(['Voters going to the polls on Super Tuesday']);
    expect(speakers('The county Tuesday said it would pay.')).toEqual(['The county']);
  });

  it('leaves out a closing parenthesis the speaker phrase did not open', () => {
    expect(speakers('The rate is lower (it is 15 percent, according to Reuters). He left.')).toEqual(['Reuters']);
    expect(speakers('Rep. Ana Ruiz (D-Va.) said the plan works.')).toEqual(['Rep. Ana Ruiz (D-Va.)']);
  });

  it('runs a role after a speaker to a sentence that ends on an abbreviation', () => {
    expect(speakers('“We won,” said Rita Moll, 20, of Jacksonville, Fla. She left.')).toEqual(['Rita Moll, 20, of Jacksonville, Fla.']);
    expect(speakers('“It is over,” said Jon Bard, former adviser to Vice President Joseph R. Biden Jr.')).toEqual(['Jon Bard, former adviser to Vice President Joseph R. Biden Jr.']);
  });

  it('takes no bare time for a speaker', () => {
    expect(attribute('Within hours of being posted online, the video went viral.')).toEqual([]);
    expect(attribute('Wednesday added one more twist to the race.')).toEqual([]);
    expect(speakers('Days later, Ruiz said the bridge was safe.')).toEqual(['Ruiz']);
  });

  it('starts the speaker after "in which" and the like', () => {
    expect(attribute('It was a story in which county sources said Hale could stay.')).toEqual([['county sources', 'said', ['Hale could stay']]]);
    expect(speakers('The rally, during which organizers said the road was closed, ran late.')).toEqual(['organizers']);
  });
});

describe('findAttributions: a possessive and its noun the tagger reads as a verb, in the speaker phrase (stop 57)', () => {
  it('keeps "a cashier on her break" in the source', () => {
    expect(attribute('Delia Montemayor, a cashier on her break, said she heard shots.')).toEqual([['Delia Montemayor, a cashier on her break', 'said', ['she heard shots']]]);
  });
});
