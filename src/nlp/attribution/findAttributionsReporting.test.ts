import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../domain/attribution.js';
import { splitSentences } from '../sentences/splitSentences.js';
import { tokenize } from '../tokens/tokenize.js';
import { findAttributions } from './findAttributions.js';
import { widenCueGroup } from './widenCueGroup.js';

function attribute(text: string): [string, string | undefined, string | undefined, string[]][] {
  const tokens = tokenize(text);
  const found: Attribution[] = findAttributions(text, { tokens, sentences: splitSentences(text, tokens) });
  for (const a of found) for (const span of [a.source, a.cue, ...a.content.fragments]) if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
  return found.map((a) => [a.kind, a.source?.text, a.cue?.text, a.content.fragments.map((f) => f.text)]);
}

describe('findAttributions: a quote split around its cue inside one sentence', () => {
  it('joins "A," she said, "B." into one relation with two fragments', () => {
    const found = attribute('"If the nominees stay away," she said, "why would sponsors come?"');
    expect(found).toEqual([['direct', 'she', 'said', ['If the nominees stay away,', 'why would sponsors come?']]]);
  });
});

describe('findAttributions: reporting patterns of wire and archive text', () => {
  it('takes a time with its number opening the clause after "According to X," (stop 46)', () => {
    expect(attribute('According to the complaint, at approximately 10:50 p.m. on January 13, agents attempted to stop a white pickup.')).toEqual([
      ['indirect', 'the complaint', 'According to', ['at approximately 10:50 p.m. on January 13, agents attempted to stop a white pickup']],
    ]);
  });

  it('reads doubled apostrophes as quotation marks, even when the splitter cuts after the period', () => {
    expect(attribute("''We saw the lights first,'' Lena Ortiz said.")).toEqual([['direct', 'Lena Ortiz', 'said', ['We saw the lights first,']]]);
    const found = attribute("The mayor said: ''Nobody will be fired.'' The council met later.");
    expect(found).toEqual([['direct', 'The mayor', 'said', ['Nobody will be fired.']]]);
  });

  it('takes the auxiliaries and adverbs of the verb group into the cue', () => {
    expect(attribute('The agency has also said the camera was off.')).toEqual([['indirect', 'The agency', 'has also said', ['the camera was off']]]);
  });

  it('takes the verb group into the cue after an aside closed by a comma', () => {
    expect(attribute('Tom Brell, the agency’s director, has also said the camera was off.')).toEqual([['indirect', 'Tom Brell, the agency’s director', 'has also said', ['the camera was off']]]);
    expect(attribute('The agency, for its part, has not said the camera was off.')).toEqual([]);
  });

  it('keeps a negated verb group out', () => {
    expect(attribute('The agency has not said the camera was off.')).toEqual([]);
  });

  it('keeps out a report whose subject says nobody made it', () => {
    expect(attribute('Neither the agency nor the prosecutor said who had been driving.')).toEqual([]);
    expect(attribute('Neither agency said who fired first.')).toEqual([]);
    expect(attribute('No official said why the car was stopped.')).toEqual([]);
    expect(attribute('None of the agents has said the camera was on.')).toEqual([]);
    // A negation inside the reported words leaves the speaker.
    expect(attribute('The prosecutor said no charges were filed.')).toEqual([['indirect', 'The prosecutor', 'said', ['no charges were filed']]]);
  });

  it('gives a second coordinated cue the subject of the clause', () => {
    const found = attribute('Pereira thanked the volunteers and said the shelter would stay open.');
    expect(found).toEqual([['indirect', 'Pereira', 'said', ['the shelter would stay open']]]);
  });

  it('accepts a clause after "that" whatever its first word, and a gerund subject', () => {
    expect(attribute('Ruiz said that over the weekend the office had closed.')).toEqual([['indirect', 'Ruiz', 'said', ['over the weekend the office had closed']]]);
    expect(attribute('He said expanding the program would cost millions.')).toEqual([['indirect', 'He', 'said', ['expanding the program would cost millions']]]);
  });

  it('accepts a clause after the conjunction "that" whose verb the tagger reads as a noun (round 31)', () => {
    expect(attribute('Port aides have emphasized that the ferry crews fall into the last category.')).toEqual([['indirect', 'Port aides', 'have emphasized', ['the ferry crews fall into the last category']]]);
    // Two words after "that" are too few to be taken for a clause.
    expect(attribute('Port aides have emphasized that fall.')).toEqual([]);
    // After a participle or a coordinated verb too.
    expect(attribute('The firm declined to comment, saying that nobody involved remains at the firm today.')).toEqual([['indirect', 'The firm', 'saying', ['nobody involved remains at the firm today']]]);
    expect(attribute('Dana Cole praised the mayor and said that the ferry crews fall into the last category.')).toEqual([
      ['indirect', 'Dana Cole', 'praised', ['the mayor']],
      ['indirect', 'Dana Cole', 'said', ['the ferry crews fall into the last category']],
    ]);
  });

  it('reads "when X said" as a time, not a condition', () => {
    expect(attribute('The room went quiet when she said the plant would close.')).toEqual([['indirect', 'she', 'said', ['the plant would close']]]);
  });

  it('does not take a participle after "X said," for content, and gives the participle the same source', () => {
    const found = attribute('“The budget is tight,” Cole said, adding that two clinics would close.');
    expect(found).toEqual([
      ['direct', 'Cole', 'said', ['The budget is tight,']],
      ['indirect', 'Cole', 'adding', ['two clinics would close']],
    ]);
  });
});

describe('findAttributions: whole sources', () => {
  it('keeps a quantity with its qualifier, an age before an appositive and a participle before a noun', () => {
    expect(attribute('Nearly half said the count was wrong.')[0][1]).toBe('Nearly half');
    expect(attribute('More than 4 in 10 said the count was wrong.')[0][1]).toBe('More than 4 in 10');
    expect(attribute('Ida Brandt, 67, a retired nurse from the county, said the count was wrong.')[0][1]).toBe('Ida Brandt, 67, a retired nurse from the county');
    expect(attribute('Sixty percent of registered voters said the count was wrong.')[0][1]).toBe('Sixty percent of registered voters');
  });

  it('reads "X, she said, Y" as one content in two fragments around the cue', () => {
    expect(attribute('The night shift, she said, had seen nothing.')).toEqual([['indirect', 'she', 'said', ['The night shift', 'had seen nothing']]]);
  });

  it('continues a partly quoted content with the quoted sentence that follows', () => {
    const found = attribute('Prices are “barely covering costs,” Mr. Lamb said from his office. “Nobody is getting rich.”');
    expect(found).toEqual([['mixed', 'Mr. Lamb', 'said', ['Prices are “barely covering costs,”', 'Nobody is getting rich.']]]);
  });
});

describe('findAttributions: nesting and content ends', () => {
  it('does not read a hedge inside a quotation as a new attribution', () => {
    const found = attribute('Ms. Vale said: “I think the permit was never valid.” She left.');
    expect(found).toEqual([['direct', 'Ms. Vale', 'said', ['I think the permit was never valid.']]]);
  });

  it('ends reported speech before a coordinated verb or another reporting participle', () => {
    expect(attribute('The warden said the cells were inspected, and refused further questions.')[0][3]).toEqual(['the cells were inspected']);
    expect(attribute('The warden said the cells were inspected, adding that nobody was hurt.')[0][3]).toEqual(['the cells were inspected']);
  });

  it('keeps a relative clause and a quoted comma inside the content', () => {
    expect(attribute('Rangers said the trail, which floods often, would close.')[0][3]).toEqual(['the trail, which floods often, would close']);
  });
});

describe('findAttributions: according to', () => {
  it('takes the whole phrase after "according to" when the tagger breaks its noun phrase', () => {
    const found = attribute('Turnout fell in every ward, according to a new Rivera-Holt poll.');
    expect(found).toEqual([['indirect', 'a new Rivera-Holt poll', 'according to', ['Turnout fell in every ward']]]);
  });

  it('reads a subject before the aside and its predicate after it as two fragments (round 31)', () => {
    expect(attribute('Ticket sales, according to the league, have doubled since May.')).toEqual([['indirect', 'the league', 'according to', ['Ticket sales', 'have doubled since May']]]);
    // A participle after the aside opens no predicate.
    expect(attribute('Ticket sales, according to the league, rising since May.')).toEqual([]);
  });

  it('reads "per" as "according to" opening a sentence or ending it, never "per hour" nor an aside before "that" (stop 45)', () => {
    expect(attribute('The shooting is the 15th since July, per a tally by The Trace.')).toEqual([['indirect', 'a tally by The Trace', 'per', ['The shooting is the 15th since July']]]);
    expect(attribute('He earns $15 per hour.')).toEqual([]);
    expect(attribute('Guccifer said, per a translator, that the server was open.').map((a) => a[2])).toEqual(['said']);
  });

  it('reads no source in a rule one acts by: "Per CBP policy, …" (stop 54)', () => {
    expect(attribute('Per CBP policy, the use of force is being reviewed by the Office of Professional Responsibility.')).toEqual([]);
    expect(attribute('Per agency protocol, the officers were placed on leave.')).toEqual([]);
  });

  it('takes a name set off after an opening "According to his sister," into the source when a clause of its own follows (stop 45)', () => {
    expect(attribute('According to his sister, Ana Ruiz, he was working late.')).toEqual([['indirect', 'his sister, Ana Ruiz', 'According to', ['he was working late']]]);
    expect(attribute('According to police, Ana Ruiz, 30, was shot.')[0][1]).toBe('police');
  });

  it('takes a participle or a relative clause set off after an opening source into the source, and the content after it (stop 61)', () => {
    expect(attribute('According to the criminal complaint, filed Tuesday, Arreola accelerated toward an officer.')).toEqual([['indirect', 'the criminal complaint, filed Tuesday', 'According to', ['Arreola accelerated toward an officer']]]);
    expect(attribute('According to the complaint, which was unsealed Monday, he drove at officers.')).toEqual([['indirect', 'the complaint, which was unsealed Monday', 'According to', ['he drove at officers']]]);
  });

  it('reads no source in what one acts "according to" (his training, plan), and still one after a comma', () => {
    expect(attribute('Our officer feared for his life, and he acted according to his training.')).toEqual([]);
    expect(attribute('The raid went according to plan.')).toEqual([]);
    expect(attribute('The raid went wrong, according to the police.')[0][1]).toBe('the police');
  });

  it('leaves an opening "According to X," its own noun phrase when the next one has a relative clause: that one is the subject', () => {
    const found = attribute('According to the county, the clerk, who lived nearby, was working late that night.');
    expect(found).toEqual([['indirect', 'the county', 'According to', ['the clerk, who lived nearby, was working late that night']]]);
  });
});

describe('findAttributions: participles and survey figures', () => {
  it('gives ", saying …" the subject of the clause, past an appositive', () => {
    const found = attribute('Lena Ortiz, a founder of the group, endorsed the mayor last week, saying he had shown courage.');
    // The endorsement is a relation of its own (a complement cue), ending before the participle.
    expect(found).toEqual([
      ['indirect', 'Lena Ortiz, a founder of the group', 'endorsed', ['the mayor last week']],
      ['indirect', 'Lena Ortiz, a founder of the group', 'saying', ['he had shown courage']],
    ]);
  });

  it('reads any opening after "saying that", as after "said that" (round 31)', () => {
    expect(attribute('Ruiz left the hall, saying that as mayor, Hale would be firm with the port.')).toEqual([['indirect', 'Ruiz', 'saying', ['as mayor, Hale would be firm with the port']]]);
    expect(attribute('The board met again – arguing that in recent weeks the fees had doubled.')).toEqual([['indirect', 'The board', 'arguing', ['in recent weeks the fees had doubled']]]);
  });

  it('reads "say" after a number as a verb', () => {
    expect(attribute('Six in 10 say the tax is unfair.')).toEqual([['indirect', 'Six in 10', 'say', ['the tax is unfair']]]);
  });
});

describe('findAttributions: listeners and times', () => {
  it('crosses a long listener up to "that"', () => {
    const found = attribute('Wilson told The Post and Courier newspaper of Charleston on Saturday that he voted early.');
    expect(found).toEqual([['indirect', 'Wilson', 'told', ['he voted early']]]);
  });

  it('leaves a day between subject and cue out of the source', () => {
    expect(attribute('A news report Wednesday said the minister used a private account.')[0][1]).toBe('A news report');
  });
});

describe('findAttributions: subjects past an aside, and participles after an object', () => {
  it('takes the subject that opens the clause when a prepositional or participial aside follows it', () => {
    expect(attribute('Okafor, during a town hall in Dayton, Ohio, said the plant would stay.')[0][1]).toBe('Okafor');
    expect(attribute('Sen. Mara Quist, facing a hard race in a swing state, said she would win.')[0][1]).toBe('Sen. Mara Quist');
  });

  it('gives ", adding …" the speaker of the cue before it, and leaves a period of time out of the source', () => {
    const found = attribute('The council will meet next week, Ortiz said, adding that the vote was close.');
    expect(found.find((a) => a[2] === 'adding')?.[1]).toBe('Ortiz');
    expect(attribute('Ida Brandt, the board chair, this past week announced that the rules would change.')[0][1]).toBe('Ida Brandt, the board chair');
  });

  it('does not take a place or an occasion after the cue for the speaker', () => {
    const found = attribute('“The plan will not solve this,” Ida Brandt, a deputy minister for housing, refugees, and migration, said on the same call.');
    expect(found.map((a) => a[1])).not.toContain('the same call');
  });

  it('gives a participle after an object the subject of the clause, not the object', () => {
    const found = attribute('The campaign sent an email to supporters stating that the race was close.');
    expect(found).toEqual([['indirect', 'The campaign', 'stating', ['the race was close']]]);
  });

  it('finds that subject past an opening phrase and its comma', () => {
    // Round 24: the release of the statement joins the participle cue (widenCueRelease).
    expect(attribute('On Friday, the harbor board issued a statement saying that the pier would reopen.')).toEqual([['indirect', 'the harbor board', 'issued a statement saying', ['the pier would reopen']]]);
    expect(attribute('After the storm, Ana Ruiz’s office put out a statement saying the ferry would run late.')).toEqual([['indirect', 'Ana Ruiz’s office', 'saying', ['the ferry would run late']]]);
    // No report noun before the participle: the object may be the one speaking.
    expect(attribute('On Friday, the board met voters saying the pier was unsafe.')).toEqual([]);
  });

  it('gives the subject no report whose author the noun names or that the subject only received (stop 63)', () => {
    const read = attribute('He said he was "stunned" when he read the department\'s statement that night saying an agent had been struck by the truck.');
    expect(read.filter((a) => a[2] === 'saying')).toEqual([]);
    expect(attribute('She received a letter saying her visa had been revoked.')).toEqual([]);
    // Its own statement is the subject's.
    expect(attribute('DHS issued its own statement saying the agent had been hurt.')).toEqual([['indirect', 'DHS', 'saying', ['the agent had been hurt']]]);
  });
});

describe('findAttributions: names the tagger breaks, and appositives with a relative', () => {
  it('keeps an organisation whose last word was read as a verb', () => {
    expect(attribute('"Lines were long," said Mira Tal of Election Watch.')[0][1]).toBe('Mira Tal of Election Watch');
  });

  it('keeps an appositive that ends in a restrictive relative', () => {
    expect(attribute('Jon Pike, a former adviser who backed the plan, said the deal was strong.')[0][1]).toBe('Jon Pike, a former adviser who backed the plan');
  });
});

describe('widenCueGroup', () => {
  it('widens only over auxiliaries and adverbs that touch the source', () => {
    const tokens = tokenize('She had repeatedly warned them.');
    expect(widenCueGroup(tokens, { from: 0, to: 1 }, { from: 3, to: 4 })).toEqual({ from: 1, to: 4 });
    expect(widenCueGroup(tokens, { from: 3, to: 4 }, { from: 0, to: 1 })).toEqual({ from: 0, to: 1 });
  });
});

describe('findAttributions: tags and speakers the rules used to miss', () => {
  it('attributes a quotation ending on a full stop to a tag that is its whole next sentence, and only then', () => {
    expect(attribute('“The pumps failed twice.” Orla Brandt said.')).toEqual([['direct', 'Orla Brandt', 'said', ['The pumps failed twice.']]]);
    // A sentence that reports something of its own is no tag of the quotation before it.
    expect(attribute('“The pumps failed twice.” Orla Brandt said the crew was safe.')).toEqual([['indirect', 'Orla Brandt', 'said', ['the crew was safe']]]);
  });

  it('names an age used as a noun as the speaker', () => {
    expect(attribute('“We lost everything,” said the 46-year-old.')).toEqual([['direct', 'the 46-year-old', 'said', ['We lost everything,']]]);
  });

  it('gives "…, said X" the whole clause when it ends on a partial quotation', () => {
    const found = attribute('The county should rebuild the levee “as fast as it can,” said Ines Marl, a hydrologist.');
    expect(found).toEqual([['mixed', 'Ines Marl, a hydrologist', 'said', ['The county should rebuild the levee “as fast as it can,”']]]);
  });

  it('reads a plural possessive inside an appositive ("the Hollands’ lawyer")', () => {
    expect(attribute('Rui Sato, the Hollands’ lawyer, said the lease was void.')).toEqual([['indirect', 'Rui Sato, the Hollands’ lawyer', 'said', ['the lease was void']]]);
  });
});


describe('findAttributions: "… but said …"', () => {
  it('gives a verb of saying after "but" the clause subject', () => {
    expect(attribute('The harbor master fixed nothing but said the pier was safe.')).toEqual([['indirect', 'The harbor master', 'said', ['the pier was safe']]]);
  });

  it('leaves a quotation after "but said" to the quotation passes', () => {
    const found = attribute('The harbor master fixed nothing but said, “The pier is safe.”');
    expect(found.filter(([kind]) => kind === 'indirect')).toEqual([]);
  });
});

describe('findAttributions: a noun or a relative clause read as a report (round 19)', () => {
  it('reads a bare form after a singular noun before "that" as a noun, not a second cue', () => {
    expect(attribute("Ruiz said on Channel 9's morning show that the ferry was late.")).toEqual([['indirect', 'Ruiz', 'said', ['the ferry was late']]]);
    expect(attribute('The logs show that the ferry was late.')).toEqual([['indirect', 'The logs', 'show', ['the ferry was late']]]);
  });

  it('gives a listener\'s relative clause to no cue, and its "and said" to the relative\'s subject', () => {
    expect(attribute('Tom told Ana Diaz, who opened her door and said she saw nothing.')).toEqual([['indirect', 'who', 'said', ['she saw nothing']]]);
    expect(attribute('Ana Diaz, who runs the bakery and said she saw nothing, left early.')).toEqual([['indirect', 'Ana Diaz', 'said', ['she saw nothing']]]);
  });
});

describe('findAttributions: a reporting participle after a quotation closed on a comma, or after "while"/"before"', () => {
  it('ends the first content at the quotation and gives ", adding" the same speaker', () => {
    expect(attribute('Ruiz said that there is “only one way to win,” adding that the mayor “ignores us.”')).toEqual([
      ['mixed', 'Ruiz', 'said', ['there is “only one way to win,”']],
      ['mixed', 'Ruiz', 'adding', ['the mayor “ignores us.”']],
    ]);
  });

  it('reads "while emphasizing", "before confidently predicting" as a second report of the clause\'s subject', () => {
    expect(attribute('Most council members have said they would back the plan, while emphasizing it is not an endorsement.')).toEqual([
      ['indirect', 'Most council members', 'have said', ['they would back the plan']],
      ['indirect', 'Most council members', 'emphasizing', ['it is not an endorsement']],
    ]);
    expect(attribute('The clerk answered the first question before confidently predicting that the vote would pass.')).toEqual([['indirect', 'The clerk', 'confidently predicting', ['the vote would pass']]]);
  });

  it('leaves a participle after an infinitive with a subject of its own, or after a dash, to no one', () => {
    expect(attribute('Ruiz dismissed efforts by some members to leave the board while saying they will still vote.').filter(([, , cue]) => cue === 'saying')).toEqual([]);
    expect(attribute('The task is to find a way to explain the delay - while arguing that the pier must open.')).toEqual([]);
  });
});

describe('findAttributions: a participle after an object relative (round 31)', () => {
  it('gives the participle the relative clause subject, past "that" and an adverb of the verb', () => {
    const found = attribute('The mayor said the vote was rigged, a charge that county leaders firmly denied, noting that they had used the same system for years.');
    expect(found.filter((f) => f[2] === 'noting')).toEqual([['indirect', 'county leaders', 'noting', ['they had used the same system for years']]]);
    // No relation names "a charge that county leaders" as its speaker.
    expect(found.some((f) => f[1]?.includes('a charge'))).toBe(false);
  });

  it('keeps a speaker whose aside holds a clause of its own after "that"', () => {
    const found = attribute('Dana Cole, who said in an interview that she never signed the pledge, recalled that the owner had called her twice.');
    expect(found.filter((f) => f[2] === 'recalled')).toEqual([['indirect', 'Dana Cole, who said in an interview that she never signed the pledge', 'recalled', ['the owner had called her twice']]]);
  });
});

describe('findAttributions: an inverted tag inside its sentence (round 31)', () => {
  it('reads the words before the tag and the predicate after it as two fragments', () => {
    expect(attribute('The contrast with the old board, said Ana Ruiz, would be clear to every voter.')).toEqual([
      ['indirect', 'Ana Ruiz', 'said', ['The contrast with the old board', 'would be clear to every voter']],
    ]);
  });

  it("keeps the speaker's role in the source and a clause after it in the content", () => {
    expect(attribute('Rather than seeing the fees rise, said Ana Ruiz, a vice president of the port, the board wants a cap.')).toEqual([
      ['indirect', 'Ana Ruiz, a vice president of the port', 'said', ['Rather than seeing the fees rise', 'the board wants a cap']],
    ]);
  });

  it('leaves a reporting participle after the tag to its own relation', () => {
    expect(attribute('The fees rose, said Ana Ruiz, adding that the board wants a cap.').filter((f) => f[2] === 'said')).toEqual([['indirect', 'Ana Ruiz', 'said', ['The fees rose']]]);
  });
});

describe('findAttributions: speech precision, round 32', () => {
  it('ends the speaker of an inverted tag before a conjunction, and reads the joined clause as the tail', () => {
    expect(attribute('The town lost, said Ana Ruiz, and the port closed.')).toEqual([['indirect', 'Ana Ruiz', 'said', ['The town lost', 'and the port closed']]]);
    expect(attribute('The levy was fair, said Ana Ruiz, but the board did not agree.')).toEqual([['indirect', 'Ana Ruiz', 'said', ['The levy was fair', 'but the board did not agree']]]);
    // An object pronoun after the verb is no speaker, whatever follows the conjunction.
    expect(attribute('The clerk found the letter, reported it to the police, and filed it away.')).toEqual([]);
  });

  it('gives a participle after an object relative the clause subject, not the whole clause', () => {
    const found = attribute('The mayor praised the levy, which Ana Ruiz opposed, noting that taxes rose.');
    expect(found.filter((f) => f[2] === 'noting')).toEqual([['indirect', 'The mayor', 'noting', ['taxes rose']]]);
  });

  it('ends "according to" a pronoun at its comma, and leaves a head that ends on its subordinator out', () => {
    expect(attribute('He left the town after, according to him, the board cut his pay.')).toEqual([['indirect', 'him', 'according to', ['the board cut his pay']]]);
    expect(attribute('The plan, according to them, was dead.')).toEqual([['indirect', 'them', 'according to', ['The plan', 'was dead']]]);
  });

  it('reads no accuser in "charged with"', () => {
    const found = attribute('Ana Ruiz, a clerk now charged with fraud, left the county.');
    expect(found.some((f) => f[2]?.includes('charged'))).toBe(false);
  });

  it('gives a participle after a report with an author of its own to nobody in the clause', () => {
    expect(attribute('The mayor is disputing an earlier report from the Star saying the port will close.')).toEqual([]);
    expect(attribute('The mayor sent an email to the board saying the port will close.')).toEqual([['indirect', 'The mayor', 'saying', ['the port will close']]]);
  });


  it('gives "and VERB" the subject of the last ", and" clause with a verb of its own', () => {
    const found = attribute('Guests are given tickets, and aides are on hand to take their names and announce that the hall is open.');
    expect(found).toEqual([['indirect', 'aides', 'announce', ['the hall is open']]]);
    expect(attribute('I came home, and a neighbor came in and told me the car was gone.')).toEqual([['indirect', 'a neighbor', 'told', ['the car was gone']]]);
    // A modifier and a bare verb after ", but" are no clause of their own.
    expect(attribute('When I agreed to, not lead, but full-time work with the panel, I went in and said the plan was dead.').some((f) => f[1]?.includes('full'))).toBe(false);
  });
});

describe('findAttributions: speech recall, round 32', () => {
  it('reads a verb of saying other than "say" in a relative after a comma when "that" follows it', () => {
    expect(attribute('The plan was backed by Ana Ruiz, who noted that the levy had passed.')).toEqual([['indirect', 'who', 'noted', ['the levy had passed']]]);
    // Without "that" only "say" reads there.
    expect(attribute('The plan was backed by Ana Ruiz, who noted the levy in May.')).toEqual([]);
  });

  it('gives "and said that" any subject past an opening phrase, a name only without "that"', () => {
    expect(attribute('Beyond the footage, the affidavit cited two interviews and said that the clerk had seen bruises.').filter((f) => f[2] === 'said')).toEqual([
      ['indirect', 'the affidavit', 'said', ['the clerk had seen bruises']],
    ]);
    expect(attribute('In the new ad, a narrator praises the mayor and says she wants to end the levy.').filter((f) => f[2] === 'says')).toEqual([]);
  });
});

describe('findAttributions: "say" with an object pronoun', () => {
  it('reads no report in "said them", which repeats words rather than reporting a clause', () => {
    const found = attribute('The mayor took back his remarks a day after he said them, but not before some harm to the levy had been done.');
    expect(found.some(([, , cue]) => cue === 'said')).toBe(false);
  });

  it('still reads a clause whose subject is a pronoun', () => {
    expect(attribute('The mayor said they would take back the levy.')).toEqual([['indirect', 'The mayor', 'said', ['they would take back the levy']]]);
  });
});

describe('findAttributions: a gerund object of a verb of saying', () => {
  it('reads "reported having …", "admitted taking …" as what was reported', () => {
    expect(attribute('The county reported having $1.3 million in cash at the start of March.')).toEqual([['indirect', 'The county', 'reported', ['having $1.3 million in cash at the start of March']]]);
    expect(attribute('The clerk admitted taking the money.')).toEqual([['indirect', 'The clerk', 'admitted', ['taking the money']]]);
  });

  it('reads a gerund the tagger takes for a noun before an amount', () => {
    expect(attribute('The Levee Fund reported spending $1.1 million on radio ads.')).toEqual([['indirect', 'The Levee Fund', 'reported', ['spending $1.1 million on radio ads']]]);
  });

  it('leaves other verbs and disguised prepositions alone', () => {
    expect(attribute('The clerk said nothing about the money.')).toEqual([]);
    expect(attribute('The clerk announced leaving the town.')).toEqual([]);
  });
});

describe('findAttributions: a question reported with "whether"', () => {
  it('reads "asked whether …" though the tagger takes "whether" for a preposition', () => {
    expect(attribute('The union asked whether candidates supported the levy.')).toEqual([['indirect', 'The union', 'asked', ['whether candidates supported the levy']]]);
  });

  it('still refuses a negated cue', () => {
    expect(attribute('The mayor would not say whether she would run again.')).toEqual([]);
  });
});

describe('findAttributions: "said whether …" (round 33)', () => {
  it('reads no report in "said whether …", which tells what was not said', () => {
    expect(attribute('The agency has said whether the officers wore body cameras.')).toEqual([]);
  });
});

describe('findAttributions: a first verb the tagger read as a noun before "and says" (stop 44)', () => {
  it('reads "The family disputes that account and says …" as the family speaking', () => {
    expect(attribute('The family disputes that account and says he was shot in the back.')).toEqual([['indirect', 'The family', 'says', ['he was shot in the back']]]);
  });
});

describe('findAttributions: a rush at officers, a tag closed by a time phrase (stop 44)', () => {
  it('reads "CBP said the day of the shooting" as the tag of what came before, and "charged at officers" as no report', () => {
    expect(attribute('Ruiz was killed after he charged at officers, CBP said the day of the shooting.')).toEqual([['indirect', 'CBP', 'said', ['Ruiz was killed after he charged at officers']]]);
    expect(attribute('The senator charged that the bill was unfair.')).toEqual([['indirect', 'The senator', 'charged', ['the bill was unfair']]]);
  });
});

describe('findAttributions: statements dated by a month, counts, recordings and posts (stop 56)', () => {
  it('reads "A CBP statement issued March 8" whole as the source, not the date', () => {
    expect(attribute('A CBP statement issued March 8 said the agent fired in self-defense.')).toEqual([['indirect', 'A CBP statement issued March 8', 'said', ['the agent fired in self-defense']]]);
  });

  it('reads "said about a dozen students saw …" as a report of a count', () => {
    expect(attribute('The principal said about a dozen students saw the arrest.')).toEqual([['indirect', 'The principal', 'said', ['about a dozen students saw the arrest']]]);
  });

  it('reads an agent who "can be heard saying" a quotation as its speaker, the quotation ending before "as …"', () => {
    expect(attribute('In the video, an agent can be heard saying "stop resisting" as the man lies still.')).toEqual([['mixed', 'an agent', 'saying', ['"stop resisting"']]]);
  });

  it('reads "posting on X that …" as a report of the one who posted', () => {
    expect(attribute('Olmstead went further, posting on X that judges were wrong.')).toEqual([['indirect', 'Olmstead', 'posting', ['judges were wrong']]]);
  });
});

describe('findAttributions: a span of dates or a clause of time after "According to X," (stop 65)', () => {
  it('takes the clause the source reports, opening phrase and all', () => {
    expect(attribute('According to the affidavit, as agents secured a hallway on March 12, Castillo Rojas ignored repeated commands.')).toEqual([
      ['indirect', 'the affidavit', 'According to', ['as agents secured a hallway on March 12, Castillo Rojas ignored repeated commands']],
    ]);
    expect(attribute('According to the indictment, from at least January 2019 through March 2026, Lindqvist and Barajas knowingly hired workers.')).toEqual([
      ['indirect', 'the indictment', 'According to', ['from at least January 2019 through March 2026, Lindqvist and Barajas knowingly hired workers']],
    ]);
  });
});

describe('findAttributions: a court paper with a set-off participle before its verb (stop 65)', () => {
  it('reads "The complaint, signed by an officer, states that …" and "The criminal complaint against Ochoa, filed Tuesday, says …"', () => {
    expect(attribute('The complaint, signed by an ICE deportation officer, states that Ochoa accelerated in reverse toward an officer.')).toEqual([
      ['indirect', 'The complaint', 'states', ['Ochoa accelerated in reverse toward an officer']],
    ]);
    expect(attribute('The criminal complaint against Ochoa, filed Tuesday, says he accelerated in reverse toward an officer.')).toEqual([
      ['indirect', 'The criminal complaint against Ochoa', 'says', ['he accelerated in reverse toward an officer']],
    ]);
  });
});

describe('findAttributions: a relative after the object of a preposition (stop 65)', () => {
  it('gives "The complaint against Castaneda, which is based on an affidavit, says …" to the complaint, not to Castaneda', () => {
    expect(attribute('The complaint against Castaneda, which is based on an affidavit, says the agent who fired was in front of the vehicle.')).toEqual([
      ['indirect', 'The complaint against Castaneda, which is based on an affidavit', 'says', ['the agent who fired was in front of the vehicle']],
    ]);
    // A clause of time before the name keeps the name's own phrase.
    expect(attribute('A jury acquitted him in May 2024 after his public defender, Jorge Elizondo, argued that the agent lied.').map((a) => a[1])).toEqual(['his public defender, Jorge Elizondo']);
  });
});

describe('findAttributions: a show\'s title in quotation marks in the listener (stop 67)', () => {
  it('crosses "told CBS\'s “Face the Nation” on Sunday that" up to "that"', () => {
    expect(attribute('Holloway told CBS\'s "Face the Nation" on Sunday that the agent feared for his life.')).toEqual([['indirect', 'Holloway', 'told', ['the agent feared for his life']]]);
    expect(attribute('Holloway told NBC’s “Meet the Press” that she had asked for the video.')).toEqual([['indirect', 'Holloway', 'told', ['she had asked for the video']]]);
  });
});

describe('findAttributions: a participle after a possessive (stop 70)', () => {
  it('reads "CBP\'s written summary" whole, set off by a participle phrase or dated by one', () => {
    expect(attribute('CBP\'s written summary, released alongside the video, says the footage shows the driver backing up.')[0]).toEqual(['indirect', "CBP's written summary", 'says', ['the footage shows the driver backing up']]);
    expect(attribute('CBP\'s written summary released Wednesday says the video shows the driver backing up.')[0]).toEqual(['indirect', "CBP's written summary released Wednesday", 'says', ['the video shows the driver backing up']]);
  });
});

describe('findAttributions: a quotation inside a quotation closed at its full stop (stop 70)', () => {
  it('gives the next sentence\'s report its own clause, not the quotation before it', () => {
    const found = attribute('"He said, \'Tell them I am not running.\'" ICE has said Sediqi ignored repeated orders.');
    expect(found).toContainEqual(['indirect', 'ICE', 'has said', ['Sediqi ignored repeated orders']]);
    expect(found.some((a) => a[0] === 'direct' && a[1] === 'ICE')).toBe(false);
    expect(attribute('"He said, \'Stop.\'" Ruiz said.')).toEqual([['direct', 'Ruiz', 'said', ["He said, 'Stop.'"]]]);
  });
});
