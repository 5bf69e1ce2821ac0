import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('findAttributions: quotations that carry on past their tag', () => {
  it('skips a title quoted inside the tag and continues into the next whole-quote sentence', () => {
    const found = attribute('“The levee held,” Mara Quint said on the station’s “Morning Desk” show. “We were lucky.”');
    expect(found).toEqual([['Mara Quint', 'said', ['The levee held,', 'We were lucky.']]]);
  });

  it('continues into the next sentence when curly and straight marks are mixed', () => {
    // The splitter ends the tag's sentence with the straight mark that opens the next quotation.
    const found = attribute('“The levee held," Mara Quint said. "We were lucky this spring.”');
    expect(found).toEqual([['Mara Quint', 'said', ['The levee held,', 'We were lucky this spring.']]]);
  });

  it('takes the words before a mid-sentence tag when the quotation carries on their sentence', () => {
    const found = attribute('If the river rises again, Mara Quint said, “the levee will not hold.”');
    expect(found).toEqual([['Mara Quint', 'said', ['If the river rises again', 'the levee will not hold.']]]);
  });

  it('leaves the words before the tag out when the quotation opens a sentence of its own', () => {
    const found = attribute('In a short statement, Mara Quint said, “The levee will not hold.”');
    expect(found).toEqual([['Mara Quint', 'said', ['The levee will not hold.']]]);
  });

  it('reopens the quotation after a tag with a phrase of its own before the comma', () => {
    const found = attribute('“The levee held,” she said of the two towns, “but the road did not.”');
    expect(found).toEqual([['she', 'said', ['The levee held,', 'but the road did not.']]]);
  });

  it('does not reopen across a second verb in the tag', () => {
    const found = attribute('“The levee held,” she said as the water rose, “but the road did not.”');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every(([, , fragments]) => !fragments.includes('but the road did not.'))).toBe(true);
  });
});

describe('findAttributions: heads that open with a preposition', () => {
  it('takes a whole sentence before "…, X said." whatever its first word', () => {
    expect(attribute('In Ohio, turnout fell by a third, the county clerk said.')).toEqual([['the county clerk', 'said', ['In Ohio, turnout fell by a third']]]);
  });

  it('takes a whole sentence before "…, according to X."', () => {
    expect(attribute('At the plant, output doubled last year, according to the company.')).toEqual([['the company', 'according to', ['At the plant, output doubled last year']]]);
  });

  it('leaves a head that reports speech of its own to its own cue', () => {
    const found = attribute('As the mayor noted, the bridge is closed, according to its records.');
    expect(found.map(([source]) => source)).toEqual(['the mayor']);
  });
});

describe('findAttributions: content ends before a second reporting verb', () => {
  it('ends "said X and added Y" before "and added", which gets its own relation', () => {
    expect(attribute('The mayor said the bridge was unsafe and added that repairs would start in May.')).toEqual([
      ['The mayor', 'said', ['the bridge was unsafe']],
      ['The mayor', 'added', ['repairs would start in May']],
    ]);
  });

  it('keeps a coordinated verb that is no reporting verb inside the content', () => {
    expect(attribute('The mayor said the river rose and flooded the lower town.')).toEqual([['The mayor', 'said', ['the river rose and flooded the lower town']]]);
  });
});

describe('findAttributions: an appositive after a speaker who follows the cue', () => {
  it('keeps a role opened by "the" or a possessive, which lets the relation reach the sentence end', () => {
    expect(attribute('The plan is dead, said Lin Hudson, the mayor of the town.')).toEqual([['Lin Hudson, the mayor of the town', 'said', ['The plan is dead']]]);
    expect(attribute('The plan is dead, said Ray Smith, his brother.')).toEqual([['Ray Smith, his brother', 'said', ['The plan is dead']]]);
  });

  it('keeps an appositive that goes on with "who" to the sentence end', () => {
    const found = attribute('“The plan is dead,” said Tom Rath, a party elder who had backed the mayor.');
    expect(found).toEqual([['Tom Rath, a party elder who had backed the mayor', 'said', ['The plan is dead,']]]);
  });

  it('does not take a clause with a verb of its own after the name as an appositive', () => {
    const found = attribute('The plan is dead, said Lin Hudson, the mayor is right.');
    expect(found.every(([source]) => source !== 'Lin Hudson, the mayor is right')).toBe(true);
  });
});

describe('findAttributions: a content ends before "but" and a reporting verb', () => {
  it('ends the first content before ", but said"', () => {
    const found = attribute('Carlson admitted that the name was wrong, but said his campaign had found the article.');
    expect(found[0]).toEqual(['Carlson', 'admitted', ['the name was wrong']]);
  });

  it('keeps "but" with no reporting verb after it inside the content', () => {
    expect(attribute('Carlson admitted that the name was wrong but harmless.')).toEqual([['Carlson', 'admitted', ['the name was wrong but harmless']]]);
  });
});

describe('findAttributions: tagger slips inside a speaker phrase', () => {
  it('keeps an adverb-tagged adjective, a slash between names and an approximator in the source', () => {
    expect(attribute('A new statewide poll suggests the race is close.').map(([source]) => source)).toEqual(['A new statewide poll']);
    expect(attribute('The latest Marist/Ipsos poll showed the race is close.').map(([source]) => source)).toEqual(['The latest Marist/Ipsos poll']);
    expect(attribute('About 4 in 10 say the race is close.').map(([source]) => source)).toEqual(['About 4 in 10']);
  });
});

describe('findAttributions: "according to X, …" with an appositive', () => {
  it('stops the source before a clause whose verb takes an object', () => {
    expect(attribute('According to the lawsuit, the guards ignored the warnings.')).toEqual([['the lawsuit', 'According to', ['the guards ignored the warnings']]]);
  });
});

describe('findAttributions: a discourse aside between the speaker and the cue', () => {
  it('reads "X, however, said" and "X, for example, said"', () => {
    expect(attribute('Humphrey, however, said he is hopeful about the plan.')).toEqual([['Humphrey', 'said', ['he is hopeful about the plan']]]);
    expect(attribute('Humphrey, for example, said he is hopeful about the plan.')).toEqual([['Humphrey', 'said', ['he is hopeful about the plan']]]);
  });
});

describe('findAttributions: ", then said" coordinates like "and said"', () => {
  it('gives the verb after ", then" the clause subject', () => {
    expect(attribute('Kasich offered the man a job, then said he would welcome advice.')).toEqual([['Kasich', 'said', ['he would welcome advice']]]);
  });
});

describe('findAttributions: the source after a final "according to"', () => {
  it('runs on past a participle or a day to the sentence end', () => {
    expect(attribute('Turnout fell by a third, according to a poll released Monday by the county.')).toEqual([['a poll released Monday by the county', 'according to', ['Turnout fell by a third']]]);
    expect(attribute('Turnout fell by a third, according to a statewide poll taken last week.')).toEqual([['a statewide poll taken last week', 'according to', ['Turnout fell by a third']]]);
  });

  it('stops before a dash or a clause with a finite verb', () => {
    const found = attribute('Turnout fell by a third, according to a new poll that shows voters are tired.');
    expect(found.every(([source]) => !source?.includes('shows'))).toBe(true);
  });
});

describe('findAttributions: the source of an opening "According to"', () => {
  it('runs on past a participle or a day to the comma', () => {
    expect(attribute('According to a poll released Monday by the county, turnout fell by a third.')).toEqual([['a poll released Monday by the county', 'According to', ['turnout fell by a third']]]);
  });
});

describe('findAttributions: "…, said X" with something after the speaker', () => {
  it('allows a short modifier or a reporting participle after the speaker', () => {
    expect(attribute('The road is closed, said Ana Ruiz on Tuesday.')).toEqual([['Ana Ruiz', 'said', ['The road is closed']]]);
    expect(attribute('The road is closed, said the county in a statement.')).toEqual([['the county', 'said', ['The road is closed']]]);
    expect(attribute('The road is closed, said Ana Ruiz, adding that crews were on site.')).toEqual([
      ['Ana Ruiz', 'said', ['The road is closed']],
      ['Ana Ruiz', 'adding', ['crews were on site']],
    ]);
  });

  it('does not take a clause after the speaker as a modifier', () => {
    expect(attribute('The road is closed, said Ana Ruiz in a voice that shook.')).toEqual([]);
  });
});

describe('findAttributions: a spaced dash ends the speaker phrase', () => {
  it('leaves a dateline out of the source and keeps a hyphen inside a name', () => {
    expect(attribute('WASHINGTON (Reuters) - Democratic candidate Ana Ruiz said the plan was dead.')[0]?.[0]).toBe('Democratic candidate Ana Ruiz');
    expect(attribute('The AFL-CIO council said the plan was dead.')[0]?.[0]).toBe('The AFL-CIO council');
    // A demonstrative the tagger reads as a pronoun opens the source; the man after the cue is what it said of.
    expect(attribute('That post, published at 3:40 p.m. Saturday, said the man, later identified as Esteban Quiroga, "rammed an agent."')[0]?.[0]).toBe('That post');
    // An office's "acting" in lower case (AP style) opens the source after a quotation.
    expect(attribute('"The driver tried to kill our officer," acting ICE Director Paul Renner said.')[0]?.[0]).toBe('acting ICE Director Paul Renner');
    // A hyphen inside a name, after "U.S.", is no dateline's dash.
    expect(attribute('U.S. Rep. Sylvia Garza-Bentley said the plan was dead.')[0]?.[0]).toBe('U.S. Rep. Sylvia Garza-Bentley');
  });
});

describe('findAttributions: titles with a period and "about half"', () => {
  it('keeps an abbreviated title before a name and the approximator before "half"', () => {
    expect(attribute('The Rev. Ana Lombardi told reporters the plan was dead.')[0]?.[0]).toBe('The Rev. Ana Lombardi');
    expect(attribute('About half of voters say the plan is dead.')[0]?.[0]).toBe('About half of voters');
  });
});

describe('findAttributions: what stands before a reported clause is not part of it', () => {
  it('leaves a dateline out of a content that opens its paragraph', () => {
    expect(attribute('Intro.\n\nSPRINGFIELD, Ill., Jan. 4 (UPI) — Young voters are moving to the senator, a new poll indicates.')[0]?.[2]).toEqual(['Young voters are moving to the senator']);
    expect(attribute('Intro.\n\nNew Harbor (AFP) – The plan is dead, the mayor said.')[0]?.[2]).toEqual(['The plan is dead']);
    // A name before a dash is no dateline: no upper-case place, no agency.
    expect(attribute('Intro.\n\nAna Ruiz - The plan is dead, the mayor said.')[0]?.[2]).toEqual(['Ana Ruiz - The plan is dead']);
  });

  it("leaves a live blog's time stamp out of a content that opens its entry", () => {
    expect(attribute('Intro.\n\n4:02 p.m. — A woman hit by a pepper ball is in the hospital, her brother told reporters.')[0]?.[2]).toEqual(['A woman hit by a pepper ball is in the hospital']);
    expect(attribute('Intro.\n\n11:15 a.m. ET – The gate is closed, the mayor said.')[0]?.[2]).toEqual(['The gate is closed']);
    // A count before a dash is no time stamp.
    expect(attribute('Intro.\n\n12 - The plan is dead, the mayor said.')[0]?.[2]).toEqual(['12 - The plan is dead']);
  });

  it('starts after a connective, and after its comma', () => {
    expect(attribute('But the plan is dead, the mayor said.')).toEqual([['the mayor', 'said', ['the plan is dead']]]);
    expect(attribute('In fact, the plan is dead, according to the report.')).toEqual([['the report', 'according to', ['the plan is dead']]]);
    expect(attribute('But Ana Ruiz said the plan was dead.')).toEqual([['Ana Ruiz', 'said', ['the plan was dead']]]);
    // Before a tag in the middle of the sentence the connective is the content's first part (PolNeAR's reading).
    expect(attribute('Still, he said, the plan is dead.')).toEqual([['he', 'said', ['Still', 'the plan is dead']]]);
    // "So far" is no connective without its comma: the clause keeps it.
    expect(attribute('So far, the plan is dead, the mayor said.')[0]?.[2]).toEqual(['So far, the plan is dead']);
  });

  it('skips an adverbial the lexicon does not list when "that" follows it', () => {
    expect(attribute('Ana Ruiz said earlier this year that the plan was dead.')[0]?.[2]).toEqual(['the plan was dead']);
    expect(attribute('Ana Ruiz said following a vote in 2001 that the plan was dead.')[0]?.[2]).toEqual(['the plan was dead']);
    // A noun phrase before "that" is content: "the fact that …".
    expect(attribute('Ana Ruiz said the fact that taxes rose was bad.')[0]?.[2]).toEqual(['the fact that taxes rose was bad']);
  });

  it('crosses a place and its state in the listener before "that"', () => {
    expect(attribute('Ana Ruiz told a crowd in Mapleton, Ohio on Monday that the plan was dead.')[0]?.[2]).toEqual(['the plan was dead']);
  });
});

describe('findAttributions: a role after the speaker named after the cue', () => {
  it('runs the source to the sentence end over commas and a closing relative', () => {
    expect(attribute('“We will appeal,” said Ana Ruiz, senior counsel at the Lane Institute, a legal group.')[0]?.[0]).toBe('Ana Ruiz, senior counsel at the Lane Institute, a legal group');
    expect(attribute('The plan is dead, said Ana Ruiz, then pastor at a church in Mapleton, Ohio.')[0]?.[0]).toBe('Ana Ruiz, then pastor at a church in Mapleton, Ohio');
  });

  it('stops at the name before a quotation or a clause, and after an age before a clause', () => {
    // Round 24: an age with the place after it to the sentence end belongs to the speaker (findSourceAfter.test.ts).
    expect(attribute('“We will appeal,” said Ana Ruiz, 59, of North Mapleton.')[0]?.[0]).toBe('Ana Ruiz, 59, of North Mapleton');
    expect(attribute('“We will appeal,” said Ana Ruiz, 59, of North Mapleton, and the board agreed.')[0]?.[0]).toBe('Ana Ruiz');
    expect(attribute('“We will appeal,” said Ana Ruiz, the board voted to end the talks.')[0]?.[0]).toBe('Ana Ruiz');
  });
});

describe('findAttributions: a tag set off by commas inside a reported clause', () => {
  it('takes the rest of the sentence after the tag as the second part, clause or not', () => {
    expect(attribute('The levee was, Mara Quint said, one of the oldest in the state.')).toEqual([['Mara Quint', 'said', ['The levee was', 'one of the oldest in the state']]]);
  });

  it('leaves out a phrase of the telling itself', () => {
    expect(attribute('The levee held, Mara Quint said, in an interview.')).toEqual([['Mara Quint', 'said', ['The levee held']]]);
  });
});

describe('findAttributions: a phrase after the tag and its comma', () => {
  it('keeps the head when the phrase tells how it was said', () => {
    expect(attribute('The pier was never safe, the harbor master said, on condition of anonymity.')).toEqual([['the harbor master', 'said', ['The pier was never safe']]]);
  });

  it('carries the head on into an infinitive', () => {
    expect(attribute('It is up to the county, the harbor master says, to repair the pier.')).toEqual([['the harbor master', 'says', ['It is up to the county', 'to repair the pier']]]);
  });
});

describe('findAttributions: a listener after "told"', () => {
  it('reads "her" before a noun as a possessive, so the whole listener stays out of the content', () => {
    expect(attribute('Ruiz told her supporters, "Our town is in trouble."')).toEqual([['Ruiz', 'told', ['Our town is in trouble.']]]);
    expect(attribute('Ruiz told her the car stopped.')).toEqual([['Ruiz', 'told', ['the car stopped']]]);
  });
});

describe('findAttributions: a report in parentheses', () => {
  it('ends the content before the period and the parenthesis that closes the aside', () => {
    expect(attribute('(The county denied the reports and the road stayed shut.) Few people noticed.')).toEqual([['The county', 'denied', ['the reports and the road stayed shut']]]);
  });

  it('keeps a parenthesis the content opens itself', () => {
    expect(attribute('The mayor said the road would open (in May).')).toEqual([['The mayor', 'said', ['the road would open (in May)']]]);
  });
});

describe('findAttributions: a reason for anonymity, and an appositive naming a claim', () => {
  it('reads the speaker past "speaking on condition of anonymity because …" and never takes the content for the speaker', () => {
    const found = attribute('A county official, speaking on condition of anonymity because the review is ongoing, said the deputy who fired first believed Hale was armed.');
    expect(found).toEqual([['A county official', 'said', ['the deputy who fired first believed Hale was armed']]]);
  });

  it('ends a content at a closing quotation followed by the writer\'s "a claim …"', () => {
    const found = attribute('The governor wrote online that the driver had "rammed the deputies," a claim the footage does not support.');
    expect(found).toEqual([['The governor', 'wrote', ['the driver had "rammed the deputies,"']]]);
  });
});

describe('findAttributions: a report inside the head of an inverted tag (round 36)', () => {
  it('ends the inner content before the tag that reports it', () => {
    expect(attribute('He blamed the driver for the crash, the agency said.')).toEqual([
      ['the agency', 'said', ['He blamed the driver for the crash']],
      ['He', 'blamed', ['the driver for the crash']],
    ]);
    expect(attribute('The agents urged the crowd to leave, witnesses said.')).toContainEqual(['The agents', 'urged', ['the crowd to leave']]);
  });

  it('keeps a tag inside the content, with words of the content after it', () => {
    expect(attribute('Ruiz said the delay was normal, no worse, she said, than last year.')).toContainEqual(['Ruiz', 'said', ['the delay was normal, no worse, she said, than last year']]);
  });
});

describe('findAttributions: a second predicate after the object (round 36)', () => {
  it('ends the content before a verb coordinated with the cue, not a clause of the speaker', () => {
    expect(attribute('The agents announced their presence and broke down the door.')).toEqual([['The agents', 'announced', ['their presence']]]);
    expect(attribute('The sheriff denied the charges and fired two deputies.')).toEqual([['The sheriff', 'denied', ['the charges']]]);
    expect(attribute('The mayor praised the deputies, but fired their chief.')).toEqual([['The mayor', 'praised', ['the deputies']]]);
    // A clause with its own subject before the conjunction stays whole.
    expect(attribute('The sheriff said the deputies left and the gate stayed open.')).toEqual([['The sheriff', 'said', ['the deputies left and the gate stayed open']]]);
  });
});

describe('findAttributions: a report inside a subordinate clause that opens the sentence', () => {
  it('ends the content at the comma where the main clause takes over', () => {
    expect(attribute('While Ruiz says the bridge is sound, the county wants a second inspection.')).toContainEqual(['Ruiz', 'says', ['the bridge is sound']]);
    expect(attribute('Even though the clerk said the count was finished, ballots kept arriving.')).toContainEqual(['the clerk', 'said', ['the count was finished']]);
  });

  it('ends it there too after a measure of the subordinator ("Not long after", "Two days after"; round 36)', () => {
    expect(attribute('Not long after the chief tweeted the photo, the mayor asked for a review.')).toContainEqual(['the chief', 'tweeted', ['the photo']]);
    expect(attribute('Two days after the sheriff announced the raid, the county closed the road.')).toContainEqual(['the sheriff', 'announced', ['the raid']]);
  });

  it('leaves a comma inside quotation marks, and "As X said, …", as they were', () => {
    expect(attribute('Although Ruiz said the plan was “bold, even reckless,” the board voted for it.')).toContainEqual(['Ruiz', 'said', ['the plan was “bold, even reckless,”']]);
    expect(attribute('The board said the plan, which was new, would fail.')).toEqual([['The board', 'said', ['the plan, which was new, would fail']]]);
  });

  it('ends a noun-phrase content of a complement cue at the same comma', () => {
    expect(attribute('After the mayor praised the new bridge, the crowd cheered loudly.')).toEqual([['the mayor', 'praised', ['the new bridge']]]);
  });

  it('leaves a report after a subordinate clause, or in the middle of the sentence, to the sentence end', () => {
    expect(attribute('When the vote ended, Ruiz said the count was fair, honest and quick.')).toEqual([['Ruiz', 'said', ['the count was fair, honest and quick']]]);
    expect(attribute('The board met because Ruiz said the count was late, partial and wrong.')).toContainEqual(['Ruiz', 'said', ['the count was late, partial and wrong']]);
  });
});

describe('findAttributions: the writer\'s appositive closing the sentence', () => {
  it('ends the content before ", a claim …" and ", an increase of …"', () => {
    expect(attribute('The clerk said the count was wrong, a claim that the county strongly disputes.')).toEqual([['The clerk', 'said', ['the count was wrong']]]);
    expect(attribute('Ruiz said revenue rose to $5 million in 2015, an increase of almost a third.')).toEqual([['Ruiz', 'said', ['revenue rose to $5 million in 2015']]]);
  });

  it('keeps an appositive with a verb of its own, one inside a quotation, and one after an aside', () => {
    expect(attribute('The clerk said the count was wrong, a mistake anyone can see.')).toEqual([['The clerk', 'said', ['the count was wrong, a mistake anyone can see']]]);
    expect(attribute('The clerk said the count was “wrong, a disgrace.”')).toEqual([['The clerk', 'said', ['the count was “wrong, a disgrace.”']]]);
    expect(attribute('The board said Ruiz, the clerk, made a mistake, a small one.')).toEqual([['The board', 'said', ['Ruiz, the clerk, made a mistake, a small one']]]);
    expect(attribute('The clerk said she heard a crash, a thud and then a shout.')).toEqual([['The clerk', 'said', ['she heard a crash, a thud and then a shout']]]);
  });
});

describe('findAttributions: a second predicate after a noun-phrase content', () => {
  it('ends the content before "and" and a verb in the cue\'s form', () => {
    expect(attribute('The mayor criticized the toll plan and offered a plan of her own.')).toEqual([['The mayor', 'criticized', ['the toll plan']]]);
    expect(attribute('Ruiz describes himself as a moderate and has said he would veto the bill.')).toContainEqual(['Ruiz', 'describes', ['himself as a moderate']]);
  });

  it('keeps a coordinated noun phrase, and a verb in another form', () => {
    expect(attribute('The mayor criticized the toll plan and the delays.')).toEqual([['The mayor', 'criticized', ['the toll plan and the delays']]]);
  });
});

describe('findAttributions: a contrast about the speaker after the reported clause', () => {
  it('ends the content before ", but she has …"', () => {
    expect(attribute('Ruiz said she will not ask him to withdraw, but she has bristled at the idea.')).toEqual([['Ruiz', 'said', ['she will not ask him to withdraw']]]);
  });

  it('keeps a contrast with another subject, or one inside quotation marks', () => {
    expect(attribute('She said the plan works, but they disagree with it.')).toEqual([['She', 'said', ['the plan works, but they disagree with it']]]);
    expect(attribute('Ruiz said the plan was “fine, but he should have asked first.”')).toEqual([['Ruiz', 'said', ['the plan was “fine, but he should have asked first.”']]]);
  });
});

describe('findAttributions: a list of verb phrases', () => {
  it('keeps the last item after ", and" in the content', () => {
    expect(attribute('The mayor said she would repave the roads, expand the library, and hire more nurses.')).toEqual([['The mayor', 'said', ['she would repave the roads, expand the library, and hire more nurses']]]);
  });

  it('still ends the content before a second predicate of the speaker', () => {
    expect(attribute('The mayor said the roads were fine, and left the hall.')).toEqual([['The mayor', 'said', ['the roads were fine']]]);
  });

  it('runs a content opened by "that" over "and that" and a second clause whose subject is a bare noun, not a source "that video"', () => {
    expect(attribute('Inspectors said that no valve was found at the plant and that security footage shows the pipe bursting.')).toEqual([
      ['Inspectors', 'said', ['no valve was found at the plant and that security footage shows the pipe bursting']],
    ]);
    // A second speaker after "and" (no "that") still ends it.
    expect(attribute('Inspectors said that no valve was found and the mayor said the pipe burst twice.')[0]).toEqual(['Inspectors', 'said', ['no valve was found']]);
  });
});

describe('findAttributions: what follows a tag is not always its content', () => {
  it('takes the words before "…, she said, in an arrest that …": after the comma, a relative clause of the phrase', () => {
    expect(attribute('A boy was tackled outside the school on Thursday, his mother said, in an arrest that the district called “alarming.”')).toEqual([
      ['his mother', 'said', ['A boy was tackled outside the school on Thursday']],
    ]);
    expect(attribute('The pier closed, she said, in a move that shocked the town.')).toEqual([['she', 'said', ['The pier closed']]]);
  });

  it('gives an "as" inside a clause ("not toward agents as the agency first said") no content after its comma', () => {
    const found = attribute('The agent fired while the man ran away, not toward agents as the agency first said, investigators concluded in a report.');
    expect(found).toEqual([['investigators', 'concluded', ['The agent fired while the man ran away, not toward agents as the agency first said']]]);
    // An opening "As …" and "and as …" still report what follows.
    expect(attribute('Jobs are scarce, and as Mara Quint noted, rents keep rising.')).toEqual([['Mara Quint', 'noted', ['rents keep rising']]]);
  });
});

describe('findAttributions: a semicolon after an inverted tag', () => {
  it('reads the head before the tag and the clause after the semicolon', () => {
    const found = attribute('The levee will hold this spring, engineers say; in 2011, the river rose by a yard.');
    expect(found).toEqual([['engineers', 'say', ['The levee will hold this spring', 'in 2011, the river rose by a yard']]]);
  });

  it('finds no report in a headline whose tag closes its line on a semicolon', () => {
    const found = attribute('Levee holds along the river, survey finds;\nTowns expect a dry spring.');
    expect(found.some(([, cue]) => cue === 'finds')).toBe(false);
  });
});

describe('findAttributions: a tag that closes a parenthesis', () => {
  it('reports the words inside the parenthesis, not the sentence after it', () => {
    expect(attribute('She cared that her ratings (at one point as low as 19 percent, Gutin says) hurt her husband.')).toEqual([['Gutin', 'says', ['at one point as low as 19 percent']]]);
    expect(attribute('The levy (the largest in a decade, officials said) passed easily.')).toEqual([['officials', 'said', ['the largest in a decade']]]);
  });
});

describe('findAttributions: a tag at the sentence end with a modifier holding a verb', () => {
  it('reads a gerund after a preposition and an infinitive after a noun as modifiers of the tag', () => {
    expect(attribute('Many voters found it offensive, journalist Ana Ruiz said in posing the question to the governor.')).toEqual([['journalist Ana Ruiz', 'said', ['Many voters found it offensive']]]);
    expect(attribute('His allegiance has shifted to Lee, Ana Ruiz said during her speech to be a delegate.')).toEqual([['Ana Ruiz', 'said', ['His allegiance has shifted to Lee']]]);
    expect(attribute('The town will appeal, said Ana Ruiz in explaining the vote.')).toEqual([['Ana Ruiz', 'said', ['The town will appeal']]]);
  });
});

describe('findAttributions: a noun phrase that ends an opening subordinate clause', () => {
  it('is the content, not the main clause after it', () => {
    expect(attribute('Since Ruiz announced her candidacy in June, she has attacked the levy.')).toEqual([['Ruiz', 'announced', ['her candidacy in June']]]);
  });
});

describe('findAttributions: the writer going on after a report (stop 50)', () => {
  it('ends the reported words at a semicolon after a whole clause', () => {
    expect(attribute('Agents said she rammed their vehicle; federal prosecutors later dropped the charges.')).toEqual([['Agents', 'said', ['she rammed their vehicle']]]);
  });

  it('ends them before a relative with a subject of its own, not before one of the reported thing itself', () => {
    expect(attribute("ICE said the man pulled a knife, which the Harris County Sheriff's Office later confirmed.")).toEqual([['ICE', 'said', ['the man pulled a knife']]]);
    expect(attribute('He said the car, which was stolen, hit him.')).toEqual([['He', 'said', ['the car, which was stolen, hit him']]]);
  });
});

describe('findAttributions: a tag after "because" (stop 50)', () => {
  it('reports only the words after the tag, the clause before "because" being the writer\'s', () => {
    expect(attribute('The study relied on press releases because, the authors wrote, the agency figures cannot be reconciled.')).toEqual([['the authors', 'wrote', ['the agency figures cannot be reconciled']]]);
  });
});

describe('findAttributions: no speaker read from a clause after the cue (stop 50)', () => {
  it('does not read "said the officer who used the spray was laughing" as a tag with that officer as its speaker', () => {
    expect(attribute('The other, whose name is redacted, said the officer who used the spray was laughing as Rivas screamed.')).toEqual([]);
    expect(attribute('The other, whose name is redacted, said the officer who used the spray "was laughing" as Rivas screamed.')).toEqual([]);
    expect(attribute('He was unarmed, said a neighbor who asked not to be named.')).toEqual([['a neighbor who asked not to be named', 'said', ['He was unarmed']]]);
  });
});

describe('findAttributions: another\'s report after a mid-sentence tag (stop 50)', () => {
  it('ends the words before "…, his attorney told jurors Monday, while prosecutors said …" at the tag', () => {
    const found = attribute('The officer fired because he feared for his life, his attorney told jurors Monday, while prosecutors said the man was walking away.');
    expect(found).toEqual([
      ['his attorney', 'told', ['The officer fired because he feared for his life']],
      ['prosecutors', 'said', ['the man was walking away']],
    ]);
  });
});

describe('findAttributions: a relative whose verb the tagger read as a noun (stop 50)', () => {
  it('reads "Researchers who study police use of force said" as one source, not "study police use of force"', () => {
    expect(attribute('Researchers who study police use of force said the figures are hard to check.')).toEqual([['Researchers who study police use of force', 'said', ['the figures are hard to check']]]);
  });
});

describe('findAttributions: a closing appositive whose relative drops its "that" (stop 50)', () => {
  it('ends the ministry\'s words before ", a step legal experts said had no chance of succeeding"', () => {
    expect(attribute('The ministry said it would request his extradition, a step legal experts on both sides said had no chance of succeeding.')).toEqual([['The ministry', 'said', ['it would request his extradition']]]);
  });
});

describe('findAttributions: another\'s report after an "as" aside (stop 50)', () => {
  it('gives ", as DHS claimed," none of "Jennings said he could not confirm it"', () => {
    expect(attribute('Asked whether the gun had been reported stolen, as DHS claimed, Jennings said he could not confirm it.')).toEqual([['Jennings', 'said', ['he could not confirm it']]]);
    expect(attribute('As DHS claimed, the gun had been stolen.')).toEqual([['DHS', 'claimed', ['the gun had been stolen']]]);
  });
});

describe('findAttributions: two "according to" tags in one sentence (stop 50)', () => {
  it('gives each its own words: the second opens after the first one\'s source', () => {
    expect(attribute('Ferreira came on a tourist visa that later expired, according to his sister, and has no criminal record, according to court records.')).toEqual([
      ['his sister', 'according to', ['Ferreira came on a tourist visa that later expired']],
      ['court records', 'according to', ['has no criminal record']],
    ]);
  });
});

describe('findAttributions: a report in a subordinate clause after an opening phrase (stop 56)', () => {
  it('ends "asked" at the comma that closes "when …" after "According to the complaint,", before the main clause', () => {
    const found = attribute('According to the complaint, when Teodora Maldonado asked the officers who they were, one of them sprayed a chemical irritant into her eyes.');
    expect(found).toContainEqual(['Teodora Maldonado', 'asked', ['the officers who they were']]);
  });
});

describe('findAttributions: an "as" aside after a clause one may grant or doubt (stop 60)', () => {
  it('gives ", as the government says," the "if" clause before it, not the writer\'s main clause after it', () => {
    expect(attribute('If he was driving toward the agents, as the government says, we would like someone to explain how he came to be shot from behind.')).toEqual([
      ['the government', 'says', ['he was driving toward the agents']],
    ]);
    expect(attribute('Although he had a record, as his lawyer says, he was unarmed.')).toEqual([['his lawyer', 'says', ['he had a record']]]);
  });
});

describe('findAttributions: a source inside a parenthesis (stop 60)', () => {
  it('opens the source after the parenthesis, not on the words before it', () => {
    expect(attribute('Video surfaced showing her stumbling to a van this past weekend (her campaign later said that she has pneumonia). And Trump has refused.')).toContainEqual(['her campaign', 'later said', ['she has pneumonia']]);
    expect(attribute('Sen. Tom Hale (R-Ariz.) said the plan was dead.')).toEqual([['Sen. Tom Hale (R-Ariz.)', 'said', ['the plan was dead']]]);
  });
});

describe('findAttributions: a question asked in a clause before the answer (stop 60)', () => {
  it('ends "asked whether …" at the comma where the one asked answers', () => {
    expect(attribute('When a reporter asked whether the agent had been wearing a body camera, Keane said the agent had been issued one.')).toEqual([
      ['a reporter', 'asked', ['whether the agent had been wearing a body camera']],
      ['Keane', 'said', ['the agent had been issued one']],
    ]);
  });
});

describe('findAttributions: a relative whose subject is a pronoun (stop 62)', () => {
  it('ends the reported words before ", which frankly we see as …", the one quoting them speaking', () => {
    expect(attribute("DHS has said that it is referring the matter to the U.S. attorney's office, which frankly we see as an attempt to justify the shooting.")).toEqual([
      ['DHS', 'has said', ["it is referring the matter to the U.S. attorney's office"]],
    ]);
    // A relative of the reported thing itself, with no subject of its own, stays in.
    expect(attribute('She said the agency filed a report, which contradicts the video.')).toEqual([['She', 'said', ['the agency filed a report, which contradicts the video']]]);
  });
});
