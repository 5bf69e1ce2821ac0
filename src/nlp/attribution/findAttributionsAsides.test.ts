import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('findAttributions: asides between a speaker and the cue', () => {
  it('keeps a speaker whose party and state stand in parentheses before an appositive', () => {
    expect(attribute('Rep. Dana Holt (D-Va.), chair of the panel, said she backs the bill.')).toEqual([['Rep. Dana Holt (D-Va.), chair of the panel', 'said', ['she backs the bill']]]);
    expect(attribute('Sen. Kay Orr (R-N.Y.) said the vote would wait.')).toEqual([['Sen. Kay Orr (R-N.Y.)', 'said', ['the vote would wait']]]);
  });

  it('keeps an appositive whose relative clause ends in a word the tagger reads as a verb', () => {
    const found = attribute('Paul Brook, a consultant who has helped audit some of the breaches uncovered to date, said he saw no proof.');
    expect(found).toEqual([['Paul Brook, a consultant who has helped audit some of the breaches uncovered to date', 'said', ['he saw no proof']]]);
  });
});

describe('findAttributions: an inverted tag after a subject with an aside (round 36)', () => {
  it('reads the whole clause before the tag as content, not its subject as a speaker', () => {
    expect(attribute('The man, Héctor Lozano, 40, needed 32 stitches, said the lawyer, Carmen Ávila.')).toEqual([['the lawyer, Carmen Ávila', 'said', ['The man, Héctor Lozano, 40, needed 32 stitches']]]);
    expect(attribute('The boy, whose name was not released, was hurt, said his mother, who asked not to be named.')).toEqual([
      ['his mother, who asked not to be named', 'said', ['The boy, whose name was not released, was hurt']],
    ]);
    expect(attribute('Agents used tear gas, said Ana Ruiz, a neighbor.')).toEqual([['Ana Ruiz, a neighbor', 'said', ['Agents used tear gas']]]);
  });

  it('keeps an aside that holds a participle or an aside of its own in the source', () => {
    expect(attribute('Ana Ruiz, a nurse trained in Ohio, said the agents left.')).toEqual([['Ana Ruiz, a nurse trained in Ohio', 'said', ['the agents left']]]);
    expect(attribute('Ruiz, who, as mayor, closed the pier, said the agents left.')).toEqual([['Ruiz, who, as mayor, closed the pier', 'said', ['the agents left']]]);
  });

  it('reads a predicate with no object after an age as the content when the speaker follows the tag (round 37)', () => {
    expect(attribute('The man, 40, died at the scene, said Ana Ruiz, a neighbor.')).toEqual([['Ana Ruiz, a neighbor', 'said', ['The man, 40, died at the scene']]]);
    expect(attribute('The man, 40, died at the scene, said his mother, who asked not to be named.')).toEqual([['his mother, who asked not to be named', 'said', ['The man, 40, died at the scene']]]);
    // With a clause after the cue, the words after the age are an aside of the speaker.
    expect(attribute('Ana Ruiz, 41, trained as a nurse, said the clinic was closed.')).toEqual([['Ana Ruiz, 41, trained as a nurse', 'said', ['the clinic was closed']]]);
  });
});

describe('findAttributions: "according to" inside a sentence', () => {
  it('joins an opening phrase that is no clause to the clause after the source', () => {
    expect(attribute('In the 1990s, according to his memoir, he sold the farm.')).toEqual([['his memoir', 'according to', ['In the 1990s', 'he sold the farm']]]);
  });

  it('keeps a clause before it as the content', () => {
    expect(attribute('The farm was sold in 1994, according to his memoir.')).toEqual([['his memoir', 'according to', ['The farm was sold in 1994']]]);
  });
});

describe('findAttributions: cues whose content is a noun phrase or an infinitive', () => {
  it('reads "describe X as …" after a participle aside, and "call X “…”"', () => {
    expect(attribute('Nora Vance, responding to the report, described the pair as "careless and rude."')).toEqual([['Nora Vance', 'described', ['the pair as "careless and rude."']]]);
    expect(attribute('The mayor called the raid "a stain on the town."')).toEqual([['The mayor', 'called', ['the raid "a stain on the town."']]]);
    expect(attribute('Ruiz called him a liar.')).toEqual([['Ruiz', 'called', ['him a liar']]]);
  });

  it('leaves a phone call and a name alone', () => {
    expect(attribute('A neighbor called the police.')).toEqual([]);
    expect(attribute('She called 911 after the shots.')).toEqual([]);
    expect(attribute('They met at a bar called Ember near the port.')).toEqual([]);
  });

  it('reads accusations, infinitives and requests', () => {
    expect(attribute('Lee accused the agency of lying about the stop.')).toEqual([['Lee', 'accused', ['the agency of lying about the stop']]]);
    expect(attribute('The union vowed to sue the county.')).toEqual([['The union', 'vowed', ['to sue the county']]]);
    expect(attribute('Ruiz urged officers to wait for a warrant.')).toEqual([['Ruiz', 'urged', ['officers to wait for a warrant']]]);
  });

  it('takes no speaker across another report', () => {
    const found = attribute('Most voters say they support the levy.');
    expect(found.map((f) => f[0])).not.toContain('Most voters say they');
  });
});

describe('findAttributions: a report relayed to the speaker', () => {
  it('keeps what officials told her inside her words, not in their mouth', () => {
    expect(attribute('She said officials have told her only that the case is under review.')).toEqual([['She', 'said', ['officials have told her only that the case is under review']]]);
  });

  it('gives a report that opens her words to her alone, listeners or not (dropNestedReports, stop 42)', () => {
    const found = attribute('She said officials told reporters that the case is under review.');
    expect(found).toEqual([['She', 'said', ['officials told reporters that the case is under review']]]);
  });
});

describe('findAttributions: participles after a dash, listeners with a hyphen', () => {
  it('gives a participle after a dash the subject of the clause', () => {
    expect(attribute('Ruiz changed her vote – saying she had been misled.')).toEqual([['Ruiz', 'saying', ['she had been misled']]]);
  });

  it('crosses a hyphenated name in a long listener before "that"', () => {
    expect(attribute('Tom Ray told members of the AFL-CIO executive council that the body would wait.')).toEqual([['Tom Ray', 'told', ['the body would wait']]]);
  });
});

describe('findAttributions: speech tags with verbs outside the lexicon', () => {
  it('reads a quotation closed on a comma and followed by a subject and one verb as a tag', () => {
    expect(attribute('"Everything you said," the judge exclaimed, "has been heard."')).toEqual([['the judge', 'exclaimed', ['Everything you said,', 'has been heard.']]]);
    expect(attribute('"Why now?" she wondered.')).toEqual([['she', 'wondered', ['Why now?']]]);
  });

  it('reads a lexicon verb the tagger took for a noun in the tag position', () => {
    expect(attribute('"The plan works. The rest is noise," Viguerie notes.')).toEqual([['Viguerie', 'notes', ['The plan works. The rest is noise,']]]);
  });

  it('reads a colon lead-in whatever its verb, but not a quotation after a plain sentence', () => {
    expect(attribute('The sign read: "Go home."')).toEqual([['The sign', 'read', ['Go home.']]]);
    expect(attribute('"Hello," the man walked away.')).toEqual([]);
    expect(attribute('Running late: "We are sorry."')).toEqual([]);
  });
});

describe('findAttributions: tags after a question, roles opened by a participle', () => {
  it('finds the tag the splitter put in a sentence of its own after a question', () => {
    expect(attribute('"Is it over?" Ruiz asked.')).toEqual([['Ruiz', 'asked', ['Is it over?']]]);
    expect(attribute('"Is it over?" The crowd left.')).toEqual([]);
  });

  it('keeps an appositive after the cue that goes on with a participle', () => {
    const found = attribute('"We will win," said Rob Gale, a pollster working for the union, a group backing the plan.');
    expect(found).toEqual([['Rob Gale, a pollster working for the union, a group backing the plan', 'said', ['We will win,']]]);
  });

  it('keeps "managing director" in the appositive', () => {
    expect(attribute('Ray Peck, managing director at the bank, told me that it will sell.')).toEqual([['Ray Peck, managing director at the bank', 'told', ['it will sell']]]);
  });
});

describe('findAttributions: a description, then the name as its appositive', () => {
  it('keeps a given name the tagger reads as a verb inside the appositive', () => {
    expect(attribute('A neighbor, Hector Villalobos, said he saw the young man running north.')).toEqual([['A neighbor, Hector Villalobos', 'said', ['he saw the young man running north']]]);
    expect(attribute('A witness, Hector Villalobos, told reporters the car stopped.')).toEqual([['A witness, Hector Villalobos', 'told', ['the car stopped']]]);
  });

  it('keeps the name after a possessive description', () => {
    expect(attribute('His cousin, Alma Gonzalez, said she was home.')).toEqual([['His cousin, Alma Gonzalez', 'said', ['she was home']]]);
  });
});

describe('findAttributions: "according to" a phrase whose head the tagger misreads', () => {
  it('keeps "the county average" (read as an adjective) and "recent polling" (read as a participle)', () => {
    expect(attribute('According to the county average, Ruiz leads by 15 points.')).toEqual([['the county average', 'According to', ['Ruiz leads by 15 points']]]);
    expect(attribute('Ruiz leads by 15 points, according to the county average.')).toEqual([['the county average', 'according to', ['Ruiz leads by 15 points']]]);
    expect(attribute('According to recent polling, the mayor is once again leading the field.')).toEqual([['recent polling', 'According to', ['the mayor is once again leading the field']]]);
  });
});

describe('findAttributions: a relative aside holding a quotation closed on a comma', () => {
  it('keeps the aside, its quotation and closing mark in the speaker phrase; the aside reports on its own (stop 57)', () => {
    expect(attribute('Ruiz, who calls the mayor a “liar,” said the plan would fail.')).toEqual([
      ['who', 'calls', ['the mayor a “liar,”']],
      ['Ruiz, who calls the mayor a “liar,”', 'said', ['the plan would fail']],
    ]);
    expect(attribute('Ana Tell, who called the vote "a farce," told reporters she would appeal.')).toEqual([
      ['who', 'called', ['the vote "a farce,"']],
      ['Ana Tell, who called the vote "a farce,"', 'told', ['she would appeal']],
    ]);
  });

  it('still reads a quotation before an inverted tag as the content, and wants a relative aside', () => {
    expect(attribute('“We will rebuild,” said Ruiz.')).toEqual([['Ruiz', 'said', ['We will rebuild,']]]);
    expect(attribute('Ruiz, the mayor a “liar,” said the plan would fail.').map(([source]) => source)).not.toContain('Ruiz, the mayor a “liar,”');
  });
});

describe('findAttributions: a gerund inside the speaker phrase', () => {
  it('keeps "drafting committee", "remaining rivals" and "anti-doping groups" in the source', () => {
    expect(attribute('Rep. Ana Cole (D-Ohio), chair of the rules drafting committee, said the mayor was calm.')).toEqual([['Rep. Ana Cole (D-Ohio), chair of the rules drafting committee', 'said', ['the mayor was calm']]]);
    expect(attribute("On Tuesday, both of Lee's remaining rivals for the party nomination criticized his handling of the crash.")).toEqual([["both of Lee's remaining rivals for the party nomination", 'criticized', ['his handling of the crash']]]);
    expect(attribute('The board refused to ban the team after 14 national anti-doping groups called for the ban.')).toEqual([['14 national anti-doping groups', 'called for', ['the ban']]]);
  });

  it('gives a complement cue no far subject across a gerund', () => {
    const found = attribute("The mayor's speaking slot at the fair had drawn anger, largely because of the grocer's remarks mocking nurses and calling for a tax on clinics.");
    expect(found.filter(([, cue]) => cue === 'calling for')).toEqual([]);
  });
});

describe('findAttributions: a participle after a letter whose adjectives stand between commas', () => {
  it('gives the participle no speaker from the letter and its listener', () => {
    expect(attribute('Last week, the firm wrote a detailed, two-page letter to the city\'s mayor, Ana Ruiz, calling the two reports "unfair and false."').map(([source]) => source)).not.toContain("two-page letter to the city's mayor, Ana Ruiz");
  });
});

describe('findAttributions: the quoted label ends the content of "called"', () => {
  it('before an adverb or a conjunction and a verb, or a comma and a participle', () => {
    expect(attribute('He called his rival "Senator Lee" instead and made no mention of the mayor.')).toEqual([['He', 'called', ['his rival "Senator Lee"']]]);
    expect(attribute('The mayor called the merger "a bad deal" and ranked the firm among the worst.')).toEqual([['The mayor', 'called', ['the merger "a bad deal"']]]);
    expect(attribute('He has called the city "reckless and vain," accusing it of "wasting money" on the pier.')).toEqual([['He', 'has called', ['the city "reckless and vain,"']]]);
  });

  it('not before a phrase that goes on with the label', () => {
    expect(attribute('Ruiz called the plan "a necessary one," at a time when money is short.')).toEqual([['Ruiz', 'called', ['the plan "a necessary one," at a time when money is short']]]);
  });
});

describe('findAttributions: a name, an age, then a role with a place', () => {
  it('keeps the name and age in the speaker phrase, before a clause or after a quotation', () => {
    expect(attribute('Ana Ruiz, 67, a retired nurse in Dover, Del., said the pier was shut.')).toEqual([['Ana Ruiz, 67, a retired nurse in Dover, Del.', 'said', ['the pier was shut']]]);
    expect(attribute('“We had no choice,” Ana Ruiz, 67, a retired nurse in Dover, Del., said in a later interview.')).toEqual([['Ana Ruiz, 67, a retired nurse in Dover, Del.', 'said', ['We had no choice,']]]);
  });
});

describe('findAttributions: a conjunction before an opening "according to"', () => {
  it('reads "But according to X, …" like "According to X, …"', () => {
    expect(attribute('But according to reports in the county paper, the mayor could not save the levy.')).toEqual([['reports in the county paper', 'according to', ['the mayor could not save the levy']]]);
  });

  it('keeps a connective with its comma as a head of its own', () => {
    expect(attribute('Still, according to the report, the mayor could not save the levy.')).toEqual([['the report', 'according to', ['Still', 'the mayor could not save the levy']]]);
  });
});

describe('findAttributions: "according to" and parentheses', () => {
  it('reads a plural the tagger takes for a verb after "to" as the source', () => {
    expect(attribute('The firm sought bids from many companies, according to sources.')).toEqual([['sources', 'according to', ['The firm sought bids from many companies']]]);
  });

  it('ends the source before a parenthesis of the writer', () => {
    expect(attribute('Ruiz won 54 percent of the vote, according to exit polls (a big margin), and lost the city.')).toEqual([['exit polls', 'according to', ['Ruiz won 54 percent of the vote']]]);
  });

  it('reads the report inside a parenthesis', () => {
    expect(attribute('States like Iowa (93 percent of voters there were white, according to exit polls), Maine and Ohio could trend toward Ruiz.')).toEqual([['exit polls', 'according to', ['93 percent of voters there were white']]]);
  });
});

describe('findAttributions: a subject, the name set off after it, then an aside (stop 56)', () => {
  it('reads "His brother, Francisco Aldama" as the speaker past "reached by phone in Nogales, Sonora,", not the place', () => {
    expect(attribute('His brother, Francisco Aldama, reached by phone in Nogales, Sonora, said he had crossed looking for work.')).toEqual([
      ['His brother, Francisco Aldama', 'said', ['he had crossed looking for work']],
    ]);
  });

  it('takes no phrase with a preposition, nor a day or a place, as the head before the name', () => {
    expect(attribute('On Friday, Texas, citing the ruling, asked a judge to block the rules.').map((r) => r[0])).not.toContain('Friday, Texas');
  });
});

describe('findAttributions: a "where" clause after an appositive (stop 56)', () => {
  it('reads the pastor past ", where the family attends Mass," as the speaker', () => {
    expect(attribute('The Rev. Luis Cárdenas, pastor of Our Lady of Peace Catholic Church, where the Esquivel family attends Mass, said parishioners had organized a vigil.')).toEqual([
      ['The Rev. Luis Cárdenas, pastor of Our Lady of Peace Catholic Church, where the Esquivel family attends Mass', 'said', ['parishioners had organized a vigil']],
    ]);
  });
});

describe('findAttributions: a "which" clause after an appositive (stop 67)', () => {
  it('reads the director past ", which oversees New Mexico," as the speaker, his name with him', () => {
    expect(attribute("Raymond Castellow, acting field office director for ICE's El Paso field office, which oversees New Mexico, told reporters that officers gave commands.")).toEqual([
      ["Raymond Castellow, acting field office director for ICE's El Paso field office, which oversees New Mexico", 'told', ['officers gave commands']],
    ]);
  });
});

describe('findAttributions: a capitalised preposition inside a name (stop 56)', () => {
  it('reads "Communities United Against Police Brutality" whole as the source', () => {
    expect(attribute('Communities United Against Police Brutality, a local advocacy group, said it would hold a vigil.')).toEqual([
      ['Communities United Against Police Brutality, a local advocacy group', 'said', ['it would hold a vigil']],
    ]);
  });
});

describe('findAttributions: a part of a group, then an aside (stop 56)', () => {
  it('reads "Three of them, interviewed separately by the Observer," as the source', () => {
    expect(attribute('Three of them, interviewed separately by the Observer, said the black SUV was speeding across the yard.')).toEqual([
      ['Three of them', 'said', ['the black SUV was speeding across the yard']],
    ]);
  });
});
