import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('findSourceBefore: a phrase after a preposition is never the speaker', () => {
  it('takes a speaker with a long appositive, a relative of several clauses (stop 46)', () => {
    const text = 'Kevin Doyle, a 61-year-old retired mail carrier who lives on the second floor of Building C and was letting his dog out when the officers arrived, said he heard the officers shout.';
    expect(attribute(text)).toEqual([['Kevin Doyle, a 61-year-old retired mail carrier who lives on the second floor of Building C and was letting his dog out when the officers arrived', 'said', ['he heard the officers shout']]]);
  });

  it('ends a restrictive relative after "according to" at a dash: "witnesses who testified Wednesday — an account that …" (stop 46)', () => {
    const found = attribute('The men were not swinging a shovel, according to witnesses who testified at a hearing Wednesday — an account that collides with the one the agency put out.');
    expect(found[0]?.[0]).toBe('witnesses who testified at a hearing Wednesday');
  });

  it('ends a report before ", yet they …", the writer\'s words (stop 46)', () => {
    expect(attribute('Defendants also maintain that the agents are trained in the use of launchers, yet they offer no evidence that any warning was given.')).toEqual([['Defendants', 'also maintain', ['the agents are trained in the use of launchers']]]);
  });

  it('takes a title set off after the name "According to" names as the source\'s (stop 46)', () => {
    expect(attribute('According to the declaration of Raymond Castellanos, the Deputy Field Office Director for ICE in San Francisco, protesters threw rocks at agents.')).toEqual([
      ['the declaration of Raymond Castellanos, the Deputy Field Office Director for ICE in San Francisco', 'According to', ['protesters threw rocks at agents']],
    ]);
  });

  it('keeps a subject relative whose verb the tagger read as a noun: "A group that monitors border deaths said" (stop 46)', () => {
    expect(attribute('A group that monitors border deaths said the agents caused the crash.')).toEqual([['A group that monitors border deaths', 'said', ['the agents caused the crash']]]);
  });

  it('leaves another speaker\'s report after the semicolon out: "…, Oquendo said; ICE has said …" (stop 46)', () => {
    expect(attribute('He had no criminal record, Oquendo said; ICE has said he had a final order of removal.')).toEqual([
      ['Oquendo', 'said', ['He had no criminal record']],
      ['ICE', 'has said', ['he had a final order of removal']],
    ]);
  });

  it('reads a past tense the tagger took for an adjective or a noun: "said the officers restrained him", "knelt on him" (stop 46)', () => {
    expect(attribute('Detainees said the officers restrained him on the floor.')).toEqual([['Detainees', 'said', ['the officers restrained him on the floor']]]);
    expect(attribute('His wife said the officers knelt on him for minutes.')).toEqual([['His wife', 'said', ['the officers knelt on him for minutes']]]);
  });

  it('reads a headline\'s "DHS claim that … is false" as a noun, no report of DHS (stop 46)', () => {
    expect(attribute('DHS claim that the driver dragged an agent 50 yards is not supported by video.')).toEqual([]);
    expect(attribute('Officials claim that the driver rammed agents.')).toEqual([['Officials', 'claim', ['the driver rammed agents']]]);
  });

  it('reads no report in "done nothing but ask agents to show a warrant" (stop 46)', () => {
    expect(attribute('His sister said he had done nothing but ask agents to show a warrant.').map((f) => f[1])).toEqual(['said']);
  });

  it('takes footage "released weeks later by" an agency as the source, not the agency (stop 46)', () => {
    expect(attribute('Body camera footage released weeks later by the Department of Homeland Security showed an agent reaching into the car as it began to move.')).toEqual([
      ['Body camera footage released weeks later by the Department of Homeland Security', 'showed', ['an agent reaching into the car as it began to move']],
    ]);
  });

  it('takes "A woman who asked not to be named" with no comma as the source, and her wish as no report (stop 46)', () => {
    expect(attribute('A woman who asked not to be named said she saw the car roll back.')).toEqual([['A woman who asked not to be named', 'said', ['she saw the car roll back']]]);
    expect(attribute('A man who declined to be identified told reporters the car stopped.')).toEqual([['A man who declined to be identified', 'told', ['the car stopped']]]);
    expect(attribute('He asked not to be named.')).toEqual([]);
    // A request for anonymity in a relative clause is no report (dropAnonymityRequests, stop 60); the speaker phrase keeps it.
    expect(attribute('A nurse, who asked that her name not be used, said he was calm.')).toEqual([['A nurse, who asked that her name not be used', 'said', ['he was calm']]]);
    expect(attribute('A woman who asked not to be named because she feared retaliation said she saw it.')).toEqual([['A woman who asked not to be named because she feared retaliation', 'said', ['she saw it']]]);
  });

  it('takes "One of them" opening the clause as the source, not a partitive inside an object (stop 43)', () => {
    expect(attribute('Two co-workers said the man did not run. One of them said an agent grabbed him.').map((f) => f[0])).toEqual(['Two co-workers', 'One of them']);
    expect(attribute('He thanked one of them said to be close.')).toEqual([]);
  });

  it('takes the head a passive participle and its agent follow: "The family of a man fatally shot by an agent … says" (stop 43)', () => {
    const found = attribute('The family of a 22-year-old man fatally shot by a Border Patrol agent in the desert last week says he was unarmed.');
    expect(found.map((f) => [f[0], f[1], f[2]])).toEqual([['The family of a 22-year-old man fatally shot by a Border Patrol agent in the desert', 'says', ['he was unarmed']]]);
    // No head noun before the participle: no source.
    expect(attribute('Written by agents, it says nothing new.').some((f) => f[0]?.startsWith('Written'))).toBe(false);
  });

  it('takes the whole subject when the tagger reads a noun inside it as a verb', () => {
    const found = attribute('The wife of a man wounded during a traffic stop on Route 9 this week says her husband was unarmed.');
    expect(found).toHaveLength(1);
    expect(found[0][0]).toMatch(/^The wife of a man wounded during a traffic stop/);
    expect(found[0][0]).not.toBe('Route 9');
    expect(found[0][2]).toEqual(['her husband was unarmed']);
  });

  it('crosses a preposition that joins no name ("near") to the start of the clause', () => {
    const found = attribute('The brother of a driver shot at a checkpoint near the bridge last month said the car never moved.');
    expect(found.map((f) => f[0])).toEqual(['The brother of a driver shot at a checkpoint near the bridge']);
  });

  it('takes the subject after an opening phrase with no comma, or no speaker at all', () => {
    expect(attribute('In September she said the fence was new.').map((f) => f[0])).toEqual(['she']);
    expect(attribute('At the hearing the chief said the fence was new.').map((f) => f[0])).toEqual(['the chief']);
    // The phrase before the cue is the object of "along": nobody here can be the speaker.
    const found = attribute('The driver who hit a parked van along the Harbor Road told officers she was tired.');
    expect(found.every((f) => f[0] !== 'the Harbor Road')).toBe(true);
  });

  it('crosses a gerund after a preposition, and "about" or "over" before a noun phrase', () => {
    expect(attribute('The man accused of ramming a patrol car near the border told reporters he was innocent.').map((f) => f[0])).toEqual(['The man accused of ramming a patrol car near the border']);
    expect(attribute('The woman accused of driving onto a crowded sidewalk along the Strip told police she was scared.').map((f) => f[0])).toEqual(['The woman accused of driving onto a crowded sidewalk along the Strip']);
    expect(attribute('A report about the bridge issued over the summer by the county noted that repairs lagged.').map((f) => f[0])).toEqual(['A report about the bridge issued over the summer by the county']);
    expect(attribute('About 4 in 10 voters said the bridge was closed.').map((f) => f[0])).toEqual(['About 4 in 10 voters']);
  });

  it('reads the noun after a determiner and an adverb as the head even when the tagger makes it a verb', () => {
    expect(attribute('An earlier report in a Salem paper said the bridge was closed.').map((f) => f[0])).toEqual(['An earlier report in a Salem paper']);
  });

  it('reads a bare verb between a noun and the cue as the head of a compound noun ("the river walk told")', () => {
    expect(attribute('A man who was jogging along the river walk told reporters that the agents fired twice.').map((f) => f[0])).toEqual(['A man who was jogging along the river walk']);
    expect(attribute('Ana Ruiz, who was walking along the river walk, told reporters the agents fired twice.').map((f) => f[0])).toEqual(['Ana Ruiz, who was walking along the river walk']);
    // A bare verb before an object, not before a second verb, is still a verb: the sentence's speaker is the principal.
    expect(attribute('The parents walk their children to school, the principal said.').map((f) => f[0])).toEqual(['the principal']);
  });

  it('gives a participle after a chain of appositives of an object to the clause subject, not to the object', () => {
    const found = attribute('This year, he rose to the defense of Ana Ruiz, the embattled head of the league, who is under investigation, saying she should be cleared.');
    expect(found).toEqual([['he', 'saying', ['she should be cleared']]]);
    // The chain opening the clause is the subject's own.
    expect(attribute('Ana Ruiz, the head of the league, the sport\'s governing body, backed the plan, saying it was fair.').map((f) => f[0])).toEqual(["Ana Ruiz, the head of the league, the sport's governing body"]);
  });

  it('gives no speaker when the phrase before the cue is the object of a preposition it cannot cross', () => {
    expect(attribute('A textbook just published for ninth graders explains that the war ended in 1979.')).toEqual([]);
    expect(attribute('An agent she spoke to on camera said the driver had fled.')).toEqual([]);
  });

  it('takes the whole subject after a subordinator', () => {
    expect(attribute('The vote is close, as several members of the board told reporters they were undecided.').some((f) => f[0] === 'several members of the board')).toBe(true);
  });

  it('keeps ratios, clause openers and noun cues as they were', () => {
    expect(attribute('About four out of 10 voters said the race was close.').map((f) => f[0])).toEqual(['About four out of 10 voters']);
    expect(attribute('As the county reported, the river rose overnight.').some((f) => f[0] === 'the county')).toBe(true);
    expect(attribute('Conservative outside groups reported that they spent $4 million.').map((f) => f[0])).toEqual(['Conservative outside groups']);
  });
});

describe('findAttributions: listeners, places and participles', () => {
  it('opens the reported clause at a subject pronoun after a listener and a place', () => {
    expect(attribute('The mayor told a crowd in Dayton she will protect the library.')).toEqual([['The mayor', 'told', ['she will protect the library']]]);
  });

  it('never takes the object of the verb before ", saying" for its speaker', () => {
    const found = attribute('At a rally in Dayton, Ohio, on Sunday, the mayor tried to explain her vote, saying that the city needed the money.');
    expect(found.some((f) => f[0] === 'her vote')).toBe(false);
    expect(attribute('“We will rebuild,” said the mayor, adding that the city needed the money.').map((f) => f[0])).toEqual(['the mayor', 'the mayor']);
  });
});

describe('findSourceBefore: names the tagger breaks', () => {
  it('keeps a capitalised adverb inside a name in the appositive', () => {
    expect(attribute('Ana Ruiz, executive director of Ohio Forward Now, said the vote was close.').map((f) => f[0])).toEqual(['Ana Ruiz, executive director of Ohio Forward Now']);
  });
});

describe('findSourceBefore: relative asides with commas of their own', () => {
  it('opens the aside at ", who" or ", whose" when places or names inside it carry commas', () => {
    expect(attribute('Ana Ruiz, who was to travel to Dayton, Ohio, on Monday to open the bridge, said the road was safe.').map((f) => f[0])).toEqual([
      'Ana Ruiz, who was to travel to Dayton, Ohio, on Monday to open the bridge',
    ]);
    expect(attribute('Ray Cole, whose firm, Lane Data, sells maps, said the road was safe.').map((f) => f[0])).toEqual(['Ray Cole, whose firm, Lane Data, sells maps']);
  });

  it('does not take a whole clause for the aside before a reporting participle', () => {
    const found = attribute('Ana Ruiz, who runs the clinic, backed the plan on Monday, saying it would help.');
    expect(found.some((f) => f[0]?.includes('backed the plan'))).toBe(false);
  });
});

describe('findSourceBefore: punctuation inside an appositive', () => {
  it('does not end the appositive at a hyphen or a parenthesis', () => {
    expect(attribute('Ana Ruiz, a nurse and self-described moderate, said the vote was close.').map((f) => f[0])).toEqual(['Ana Ruiz, a nurse and self-described moderate']);
    expect(attribute('Ana Ruiz, director of the Ohio Policy Center (OPC), said the vote was close.').map((f) => f[0])).toEqual(['Ana Ruiz, director of the Ohio Policy Center (OPC)']);
  });

  it('before a reporting participle, takes no appositive that describes an object', () => {
    const found = attribute('The mayor was blunt about her dislike of Tom Hale, the county’s long-serving clerk, saying he should resign.');
    expect(found.some((f) => f[0]?.startsWith('her dislike'))).toBe(false);
  });
});

describe('findAsideSubject: past participles', () => {
  it('crosses an aside opened by a past participle and its preposition', () => {
    expect(attribute('The survey, conducted by phone over three days, found that support for the levy rose.').map((f) => f[0])).toEqual(['The survey']);
    expect(attribute('Ana Ruiz, clad in a red coat, said the vote was close.').map((f) => f[0])).toEqual(['Ana Ruiz, clad in a red coat']);
  });
});

describe('findSourceBefore: "with X saying …"', () => {
  it('takes the noun phrase after "with" as the speaker of a verb of saying', () => {
    expect(attribute('Lee comes in second, with 22 percent of voters saying they would not back him.')).toContainEqual(['22 percent of voters', 'saying', ['they would not back him']]);
    expect(attribute('The plan passed, with the mayor telling reporters it was a good day.')).toContainEqual(['the mayor', 'telling', ['it was a good day']]);
  });

  it('leaves a count that only adds, and a participle with no "with" before it', () => {
    expect(attribute('Hiring rose, with the economy adding 151,000 jobs that month.').some((f) => f[1] === 'adding')).toBe(false);
    expect(attribute('The county sent an email to voters saying the polls would close early.').some((f) => f[0] === 'voters')).toBe(false);
  });
});

describe('findSourceBefore: a place of origin is never the speaker', () => {
  it('takes the name with its age and place, not the place after "of"', () => {
    expect(attribute('Cory Lane, 22, of Flint, Mich., said he had not given up hope.')).toEqual([['Cory Lane, 22, of Flint, Mich.', 'said', ['he had not given up hope']]]);
    expect(attribute('Ana Ruiz, a nurse from Dayton, Ohio, said the vote was close.')).toEqual([['Ana Ruiz, a nurse from Dayton, Ohio', 'said', ['the vote was close']]]);
  });
});

describe('findAttributions: "chief" read as an adjective', () => {
  it('heads the speaker phrase after the noun it follows, before or after the cue', () => {
    expect(attribute('The schools are short of money, said the district’s chief, Tom Hale.')).toEqual([['the district’s chief, Tom Hale', 'said', ['The schools are short of money']]]);
    expect(attribute('The fire chief said the road was closed.')).toEqual([['The fire chief', 'said', ['the road was closed']]]);
  });
});

describe('findSourceBefore: "has since said"', () => {
  it('reads "since" after a form of "have" as part of the verb group', () => {
    expect(attribute('Dana Ruiz has since said the pier would reopen.')).toEqual([['Dana Ruiz', 'has since said', ['the pier would reopen']]]);
    expect(attribute('The two clerks have since stressed that the files were safe.')).toEqual([['The two clerks', 'have since stressed', ['the files were safe']]]);
  });
});

describe('findSourceBefore: a subject with a relative clause that ends in an adverb', () => {
  it('takes the phrase, its relative clause and the adverb, even when the tagger reads the verb as a noun', () => {
    expect(attribute('A woman who lives nearby said she heard at least three shots.')).toEqual([['A woman who lives nearby', 'said', ['she heard at least three shots']]]);
    expect(attribute('A clerk who works downstairs told reporters she saw the van.')).toEqual([['A clerk who works downstairs', 'told', ['she saw the van']]]);
  });

  it('keeps a place the tagger reads as a pronoun in the clause, and the verb group\'s adverb in the cue', () => {
    expect(attribute('A man who lives there later said he heard two bangs.')).toEqual([['A man who lives there', 'later said', ['he heard two bangs']]]);
    expect(attribute('Fishermen who were there said the boat had no lights.')).toEqual([['Fishermen who were there', 'said', ['the boat had no lights']]]);
  });

  it('takes a relative clause of one verb with nothing after it, also before an appositive', () => {
    expect(attribute('A passenger who survived said the agents were right behind them.')).toEqual([['A passenger who survived', 'said', ['the agents were right behind them']]]);
    expect(attribute('A passenger who survived, a 27-year-old woman, told a radio station that the van never slowed.')).toEqual([
      ['A passenger who survived, a 27-year-old woman', 'told', ['the van never slowed']],
    ]);
    // A passive after "who" is no such verb: "The man who was shot said" stays as the scan leaves it.
    expect(attribute('The man who was shot said nothing.')).toEqual([]);
  });
});

describe('findAppositiveSource: a part of a group named by a pronoun', () => {
  it('takes "One of them, Jamal Wright," with its appositive for the source', () => {
    expect(attribute('One of them, Jamal Wright, said the officer stood beside the car.')).toEqual([['One of them, Jamal Wright', 'said', ['the officer stood beside the car']]]);
    expect(attribute('Both of them, a nurse and a cook, told reporters the van never slowed.').map((f) => f[0])).toEqual(['Both of them, a nurse and a cook']);
  });
});

describe('findSourceBefore: a subject pronoun is the whole subject', () => {
  it('drops the words before the pronoun, which belong to the clause or phrase around it', () => {
    // The first content still ends where the second clause opens on its time phrase (findForwardEnd).
    expect(attribute('Ruiz defended the vote, but late Saturday she announced that she would back the repeal.')).toEqual([
      ['Ruiz', 'defended', ['the vote']],
      ['she', 'announced', ['she would back the repeal']],
    ]);
    expect(attribute('The mayor was so fired up about the deal he said the county should sign at once.').map((f) => f[0])).toEqual(['he']);
    expect(attribute('Tuesday night he said the bridge would reopen.').map((f) => f[0])).toEqual(['he']);
  });

  it('keeps a pronoun coordinated with a name, and gives nothing inside a condition', () => {
    expect(attribute('Ruiz and I said the bridge was closed.').map((f) => f[0])).toEqual(['Ruiz and I']);
    expect(attribute('She was asked in May if he would endorse the levy.')).toEqual([]);
  });
});

describe('findEarlierCueSource: a participle after a verb whose subject has an aside', () => {
  it('gives the participle to the subject, not to the object of the verb before it', () => {
    const found = attribute('Ruiz, the clinic director, denied the report, saying the clinic was open.');
    expect(found.filter((f) => f[1] === 'saying')).toEqual([['Ruiz, the clinic director', 'saying', ['the clinic was open']]]);
    const relative = attribute('The firm, which does not disclose its finances, denied the report, saying the year will meet its goals.');
    expect(relative.filter((f) => f[1] === 'saying').map((f) => f[0])).toEqual(['The firm, which does not disclose its finances']);
  });

  it('still gives a participle after an inverted tag to the speaker named after the cue', () => {
    expect(attribute('“We are done,” said Ruiz, adding that the clinic was closed.').filter((f) => f[1] === 'adding').map((f) => f[0])).toEqual(['Ruiz']);
  });
});

describe('findSourceBefore: an appositive whose closing comma is missing', () => {
  it('takes the name that opens the clause with its appositive', () => {
    expect(attribute('Ana Ruiz, a spokeswoman for the agency said the agent fired once.').map((f) => f[0])).toEqual(['Ana Ruiz, a spokeswoman for the agency']);
    expect(attribute('Sen. Ana Ruiz (D-Ore.), a supporter of the levy told reporters she expected it to pass.').map((f) => f[0])).toEqual(['Sen. Ana Ruiz (D-Ore.), a supporter of the levy']);
    expect(attribute('On Friday, Tom Hale, a spokesman for Mayor Lena Cruz told reporters the bridge was safe.').map((f) => f[0])).toEqual(['Tom Hale, a spokesman for Mayor Lena Cruz']);
  });

  it('leaves an appositive after an opening place, a state after its city, and a tag inside the sentence', () => {
    expect(attribute('In Salem, a spokesman for the mayor told reporters the bridge was safe.').map((f) => f[0])).toEqual(['a spokesman for the mayor']);
    expect(attribute('Days before the vote in Salem, Oregon, a new poll shows Ruiz ahead.').map((f) => f[0])).toEqual(['a new poll']);
    expect(attribute('The bridge, a top aide said, is safe.').map((f) => f[0])).toEqual(['a top aide']);
  });
});

describe('findSourceBefore: "are more likely to say" (round 31)', () => {
  it('gives the comparison of answers its subject, the words from the copula to "say" the cue', () => {
    expect(attribute('Ferry riders were slightly more likely to say that the fares had risen.')).toEqual([['Ferry riders', 'were slightly more likely to say', ['the fares had risen']]]);
  });

  it('reads no report in "is likely to say", a prediction', () => {
    expect(attribute('Ana Ruiz is likely to say that the fares had risen.')).toEqual([]);
  });
});

describe('findSourceBefore: a recording released by someone, and an earlier statement', () => {
  it('heads the speaker phrase with the noun before the participle, not the day after it', () => {
    expect(attribute('Body-camera footage released Tuesday by the Department of Homeland Security shows an officer firing into a car as it pulled away.').map((r) => r[0])).toEqual([
      'Body-camera footage released Tuesday by the Department of Homeland Security',
    ]);
  });

  it('keeps "earlier" inside "the agency\'s earlier statement"', () => {
    expect(attribute("The agency's earlier statement said the driver tried to run over the officer.").map((r) => r[0])).toEqual(["The agency's earlier statement"]);
  });
});

describe('findSourceBefore: a lede\'s long description of whose family speaks', () => {
  it('reads past "shot" and "on Saturday" to the family', () => {
    expect(attribute('The family of a teenager shot on Saturday says he is 16 years old.').map((r) => r[0])).toEqual(['The family of a teenager shot']);
    expect(attribute('The family of a teenager shot during a raid at a Pasadena apartment complex on Saturday says he is 16 years old.').map((r) => r[0])).toEqual([
      'The family of a teenager shot during a raid at a Pasadena apartment complex',
    ]);
  });
});

describe('findSourceBefore: a participle after a disputed account', () => {
  it('gives "saying" the subject of "disputes"', () => {
    expect(attribute("The suit disputes that account, saying the car's engine was off.")).toEqual([['The suit', 'saying', ["the car's engine was off"]]]);
  });
});

describe('findSourceBefore: a participle and its object inside the speaker phrase', () => {
  it('takes the noun phrase before the participle with it, never the participle’s object', () => {
    expect(attribute('A lawyer representing the family said the agent lied.').map((f) => f[0])).toEqual(['A lawyer representing the family']);
    expect(attribute('The union representing the drivers said the plan was unfair.').map((f) => f[0])).toEqual(['The union representing the drivers']);
    expect(attribute('Officials investigating the crash said the bridge was closed.').map((f) => f[0])).toEqual(['Officials investigating the crash']);
    // "including" opens no description of who speaks.
    expect(attribute('Supporters including Ana Ruiz said the plan failed.').map((f) => f[0])).toEqual(['Ana Ruiz']);
  });
});

describe('findSourceBefore: "in fact" inside the verb group', () => {
  it('skips "in fact" between the auxiliary and the cue', () => {
    expect(attribute('A trio of funds have in fact said the levy would pass.')).toEqual([['A trio of funds', 'said', ['the levy would pass']]]);
  });
});

describe('findSourceBefore: an aside after the subject, past an opening phrase', () => {
  it('reads "For now, X, at Y, said …" like "X, at Y, said …"', () => {
    expect(attribute('For now, Ana Ruiz, at the county board, said the levy would pass.')).toEqual([['Ana Ruiz', 'said', ['the levy would pass']]]);
  });

  it('leaves a participle after a place to the clause', () => {
    expect(attribute('For now, the mayor backed the levy, saying it would pass.')).toEqual([['the mayor', 'saying', ['it would pass']]]);
  });
});

describe('findSourceBefore: a span of time between the subject and the verb', () => {
  it('leaves "a month later" and "two years ago" out of the speaker and the cue', () => {
    expect(attribute('Ruiz a month later announced that the plant would close.')).toEqual([['Ruiz', 'announced', ['the plant would close']]]);
    expect(attribute('Ruiz two years ago said the plant would close.')).toEqual([['Ruiz', 'said', ['the plant would close']]]);
  });

  it('keeps a qualifier of the count inside the span ("less than two weeks ago", "nearly a year later")', () => {
    expect(attribute('The agency less than two weeks ago said that the plant would close.')).toEqual([['The agency', 'said', ['the plant would close']]]);
    expect(attribute('Ruiz nearly a year later announced that the plant would close.')).toEqual([['Ruiz', 'announced', ['the plant would close']]]);
  });
});

describe('findSourceBefore: a filing dated after its participle (stop 44)', () => {
  it('reads "A criminal complaint filed Tuesday in U.S. District Court says" whole, not from the day', () => {
    expect(attribute('A criminal complaint filed Tuesday in U.S. District Court for the Southern District of California says he drove toward an agent.')).toEqual([
      ['A criminal complaint filed Tuesday in U.S. District Court for the Southern District of California', 'says', ['he drove toward an agent']],
    ]);
  });
});

describe('findSourceBefore: a day opening the phrase before a name (stop 57)', () => {
  it('takes the name, not "Tuesday morning Henley", as the source', () => {
    expect(attribute('On Tuesday morning Henley tweeted that the city was to blame.')).toEqual([['Henley', 'tweeted', ['the city was to blame']]]);
    expect(attribute('Late Friday Ruiz said the gate was open.')).toEqual([['Ruiz', 'said', ['the gate was open']]]);
  });
});

describe('findSourceBefore: what no part of a record says (stop 71)', () => {
  it('reads "Nothing in the footage shows …" as no report of the footage', () => {
    expect(attribute('Nothing in the footage shows the Expedition braking or turning into the agent\'s door, as CBP described in its first statement. The footage shows that he was running.')).toEqual([['The footage', 'shows', ['he was running']]]);
  });
});

describe('findSourceBefore: an age used as a noun before a relative aside (stop 71)', () => {
  it('reads "The 17-year-old, who …, said" as the speaker', () => {
    expect(attribute('The 17-year-old, who spoke on the condition that he not be named, said he started recording.')).toEqual([
      ['The 17-year-old, who spoke on the condition that he not be named', 'said', ['he started recording']],
    ]);
  });
});
