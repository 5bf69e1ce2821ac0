import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('findAttributions: stances as complement cues', () => {
  it('reads what a speaker cites, blames, defends, denounces or expresses', () => {
    expect(attribute('The chief cited a shortage of trained officers.')).toEqual([['The chief', 'cited', ['a shortage of trained officers']]]);
    expect(attribute('The union blamed the council for the long delays.')).toEqual([['The union', 'blamed', ['the council for the long delays']]]);
    expect(attribute('The senator defended the conduct of the two deputies.')).toEqual([['The senator', 'defended', ['the conduct of the two deputies']]]);
    // Round 24: a bare stance noun and its preposition join the cue (widenOverStanceNoun).
    expect(attribute('Several neighbors expressed anger at the closure.')).toEqual([['Several neighbors', 'expressed anger at', ['the closure']]]);
    expect(attribute('The pastor denounced the raid as cruel.')).toEqual([['The pastor', 'denounced', ['the raid as cruel']]]);
    expect(attribute('The governor touted the new ferry schedule.')).toEqual([['The governor', 'touted', ['the new ferry schedule']]]);
    expect(attribute('Two council members lamented the loss of the library.')).toEqual([['Two council members', 'lamented', ['the loss of the library']]]);
  });

  it("reads a ruling: an examiner's finding, and a judge's, even as the second predicate of a report", () => {
    expect(attribute('The county medical examiner identified the woman as Ana Ruiz, 41, and ruled her death a homicide.')).toEqual([
      ['The county medical examiner', 'identified', ['the woman as Ana Ruiz, 41']],
      ['The county medical examiner', 'ruled', ['her death a homicide']],
    ]);
    expect(attribute('The judge ruled that the stop was unlawful.')).toEqual([['The judge', 'ruled', ['the stop was unlawful']]]);
  });

  it('puts no clause in the mouth of a speaker who dismissed or denounced it', () => {
    expect(attribute('The sheriff denounced the idea that his deputies had lied.')).toEqual([]);
    expect(attribute('The chief derided reports that the gate was left open.')).toEqual([]);
    expect(attribute('The mayor dismissed claims that the raid was planned in advance.')).toEqual([]);
    // The same verbs with a plain object still report a stance.
    expect(attribute('The mayor dismissed the report as careless.')).toEqual([['The mayor', 'dismissed', ['the report as careless']]]);
  });

  it('reads no words in a case or its charges dismissed: a ruling (stop 49)', () => {
    expect(attribute('A federal judge dismissed assault charges Thursday against Luis Quintanilla, 31.')).toEqual([]);
    expect(attribute('Federal prosecutors dismissed the case last month.')).toEqual([]);
    expect(attribute('Judge dismisses charges against man shot by ICE')).toEqual([]);
    // Charges dismissed "as" something are still words.
    expect(attribute('The sheriff dismissed the charges as a political stunt.')).toEqual([['The sheriff', 'dismissed', ['the charges as a political stunt']]]);
  });

  it('reads "disputed that …" as a cue, its clause being what the speaker disputes (stop 40)', () => {
    expect(attribute('Her lawyer disputed that she struck anyone.')).toEqual([['Her lawyer', 'disputed', ['she struck anyone']]]);
    // The tagger reads "disputes" after a subject as a noun: before "that" and a clause's subject it is the verb.
    expect(attribute('Her family disputes that she was armed.')).toEqual([['Her family', 'disputes', ['she was armed']]]);
    expect(attribute('The family disputes that arose over the land were settled.')).toEqual([]);
  });

  it('reads a label in doubled apostrophes as one in quotation marks (round 27)', () => {
    expect(attribute("Ruiz called the plan ''reckless.''")).toEqual([['Ruiz', 'called', ["the plan ''reckless.''"]]]);
    expect(attribute("The mayor called her actions ''extremely careless.''")).toEqual([['The mayor', 'called', ["her actions ''extremely careless.''"]]]);
    // A single apostrophe is no quotation mark.
    expect(attribute("Ruiz called the plan 'reckless.'")).toEqual([]);
  });

  it('reads no words in a blow: an object driven into, onto or through something', () => {
    expect(attribute('The driver slammed his car door into an officer and ran.')).toEqual([]);
    expect(attribute('An agent slammed the man onto the hood of the car.')).toEqual([]);
    // The stance of the same verb stays a report.
    expect(attribute('The senator slammed the new policy.')).toEqual([['The senator', 'slammed', ['the new policy']]]);
  });

  it('reads no words in a blow to a body, a thing or a place, nor in a ticket (round 36)', () => {
    expect(attribute('The agent slammed her head against the car.')).toEqual([]);
    expect(attribute('The agent slammed him to the ground.')).toEqual([]);
    expect(attribute('An officer slammed the woman on the hood of the car.')).toEqual([]);
    expect(attribute('The agent slammed her down.')).toEqual([]);
    expect(attribute('He slammed the door.')).toEqual([]);
    expect(attribute('The agent blasted the horn and drove off.')).toEqual([]);
    expect(attribute('Agents blasted him with pepper spray.')).toEqual([]);
    expect(attribute('Officers blasted the crowd with tear gas.')).toEqual([]);
    expect(attribute('Officers cited him for trespassing.')).toEqual([]);
    // Use of force with verbs the lexicon does not hold, and a report of it.
    expect(attribute('Agents fired pepper balls at the crowd.')).toEqual([]);
    expect(attribute('He attacked the officer.')).toEqual([]);
    expect(attribute('The officer hit him with a baton.')).toEqual([]);
    expect(attribute('An agent pushed her to the ground.')).toEqual([]);
    // The stances of the same verbs stay reports.
    expect(attribute('The senator blasted the agency for its tactics.')).toEqual([['The senator', 'blasted', ['the agency for its tactics']]]);
    expect(attribute('The mayor slammed Ana Ruiz on the issue of the raids.')).toEqual([['The mayor', 'slammed', ['Ana Ruiz on the issue of the raids']]]);
    expect(attribute('The mayor blasted Ana Ruiz with a new ad.')).toEqual([['The mayor', 'blasted', ['Ana Ruiz with a new ad']]]);
    expect(attribute('The auditors cited several factors for the delay.')).toEqual([['The auditors', 'cited', ['several factors for the delay']]]);
  });

  it('reads no words in a ticket handed to a person named by a noun (round 37)', () => {
    expect(attribute('Deputies cited the driver for speeding.')).toEqual([]);
    expect(attribute('Deputies cited two teenagers for trespassing.')).toEqual([]);
    expect(attribute('Deputies cited the driver for speeding, the sheriff said.')).toEqual([['the sheriff', 'said', ['Deputies cited the driver for speeding']]]);
    // A thing or a name as the object keeps the report.
    expect(attribute('The auditors cited a lack of staff for the delay.')).toEqual([['The auditors', 'cited', ['a lack of staff for the delay']]]);
  });

  it('reads no words in a thing aimed at people (round 37)', () => {
    expect(attribute('Guards blasted loud songs at the detainees all night.')).toEqual([]);
    expect(attribute('Agents blasted water at them.')).toEqual([]);
    // "at" before an event, or after a name, keeps the stance.
    expect(attribute('The senator blasted the plan at a rally.')).toEqual([['The senator', 'blasted', ['the plan at a rally']]]);
    expect(attribute('The senator blasted Ana Ruiz at a meeting with residents.')).toEqual([['The senator', 'blasted', ['Ana Ruiz at a meeting with residents']]]);
  });
});

describe('findAttributions: "called" with a long object before the quoted name', () => {
  it('reads the quotation after an object longer than a plain noun phrase', () => {
    const found = attribute('The governor called the handling of the flood last spring “a failure of nerve.”');
    expect(found).toEqual([['The governor', 'called', ['the handling of the flood last spring “a failure of nerve.”']]]);
  });

  it('leaves out a call that only later meets a quotation', () => {
    expect(attribute('She called the tip line after the crash to report “a loud bang.”')).toEqual([]);
    expect(attribute('He called his brother in Dayton, who answered “not now.”')).toEqual([]);
  });
});

describe('findAttributions: complement contents', () => {
  it('ends a content before a second cue of the same subject', () => {
    expect(attribute('Ruiz called him reckless and accused him of lying.')).toEqual([
      ['Ruiz', 'called', ['him reckless']],
      ['Ruiz', 'accused', ['him of lying']],
    ]);
  });

  it('reads an infinitive whose quotation opens on the verb', () => {
    expect(attribute('The mayor vowed to “fix the roads” by spring.')).toEqual([['The mayor', 'vowed', ['to “fix the roads” by spring']]]);
    expect(attribute('She called the tip line after the crash to “report a bang.”')).toEqual([]);
  });
});

describe('findAttributions: a phrasal cue of saying', () => {
  it('reads "pointed out that" with its clause, and nothing without "that"', () => {
    expect(attribute('The auditor pointed out that the county had paid twice.')).toEqual([['The auditor', 'pointed out', ['the county had paid twice']]]);
    expect(attribute('The auditor pointed out the error in the ledger.')).toEqual([]);
  });

  it('reads a party that "responds that" in the present, as filings write, and no "responds to"', () => {
    expect(attribute('The county responds that its deputies followed the policy.')).toEqual([['The county', 'responds', ['its deputies followed the policy']]]);
    expect(attribute('In the way the county responds to floods, the mayor sees a lesson.')).toEqual([]);
  });

  it('reads "repeats that", "relays that" and "advises that" with their clause, and nothing with an object', () => {
    expect(attribute('Mendez repeats that he never touched the officer.')).toEqual([['Mendez', 'repeats', ['he never touched the officer']]]);
    expect(attribute('A spokesman relayed that the agent was hurt.')).toEqual([['A spokesman', 'relayed', ['the agent was hurt']]]);
    expect(attribute('The lawyer advises that his client will plead not guilty.')).toEqual([['The lawyer', 'advises', ['his client will plead not guilty']]]);
    expect(attribute('Mendez repeated his claim. The agent relayed the message to his supervisor. She advised him to stay home.')).toEqual([]);
  });
});

describe('findAttributions: a complement participle past an opening phrase', () => {
  it('takes the named subject of the clause, as "saying" does', () => {
    expect(attribute('At a rally in Dayton, Ruiz went after Hale, calling him "a total fraud."')).toEqual([['Ruiz', 'calling', ['him "a total fraud."']]]);
  });

  it('leaves a common-noun subject and a participle inside another report alone', () => {
    expect(attribute('Back at the depot, his aides put together a short film about Hale, mocking delays and praising the drivers.')).toEqual([]);
    // The statement speaks (round 21: its subject past the opening phrase); "calling" inside what it says is no cue of Ruiz's.
    const found = attribute('On Monday, Ana Ruiz released a statement saying that Hale had "spoken warmly of the harbor" at the ribbon cutting for the ferry dock, calling the port "our front porch."');
    expect(found.map(([source, cue]) => [source, cue])).toEqual([['Ana Ruiz', 'released a statement saying']]);
  });
});

describe('findAttributions: a report phrase after a noun-phrase content (round 23)', () => {
  it('ends the content before "in a … interview", "in a … email"', () => {
    expect(attribute('Ruiz endorsed Dan Ortiz in a recent interview with the Salem Star.')).toEqual([['Ruiz', 'endorsed', ['Dan Ortiz']]]);
    expect(attribute('Ruiz called the ruling “improper” in a statement on Monday.')).toEqual([['Ruiz', 'called', ['the ruling “improper”']]]);
  });

  it('keeps a phrase that is part of what was named', () => {
    expect(attribute('Ruiz praised the workers in the county office.')).toEqual([['Ruiz', 'praised', ['the workers in the county office']]]);
  });
});

describe('findAttributions: a blow past a name\'s age, and help summoned (stop 48)', () => {
  it('reads slamming a named person "to the floor" past the age set off after the name as a blow, not words', () => {
    expect(attribute('A CBP officer slammed Héctor Robledo, 31, to the floor.')).toEqual([]);
    expect(attribute('The mayor slammed Héctor Robledo, a rival, as a liar.')).toEqual([['The mayor', 'slammed', ['Héctor Robledo, a rival, as a liar']]]);
  });

  it('reads help summoned to a scene as no demand, and support called for as one', () => {
    expect(attribute('Agents called for emergency medical services and began life-saving measures.')).toEqual([]);
    expect(attribute('The officer called for backup.')).toEqual([]);
    expect(attribute('The mayor called for support for immigrant families.')).toEqual([['The mayor', 'called for', ['support for immigrant families']]]);
    expect(attribute('The mayor called for an investigation.')).toEqual([['The mayor', 'called for', ['an investigation']]]);
  });
});

describe('findAttributions: a complement cue inside a relative clause (stop 57)', () => {
  it('reads the relative pronoun as the source, and ends the content where the main clause resumes', () => {
    expect(attribute('Mayor Jacob Frey, who called the shooting “reckless and unjustified,” demanded that agents leave.')).toEqual([
      ['who', 'called', ['the shooting “reckless and unjustified,”']],
    ]);
    expect(attribute('The council drew Ruiz, who called the raid “a disgrace.”')).toEqual([['who', 'called', ['the raid “a disgrace.”']]]);
    expect(attribute('Ruiz, who accused the agency of lying, left the hearing.')).toEqual([['who', 'accused', ['the agency of lying']]]);
  });

  it('reads no report in a relative clause whose verb reports nothing', () => {
    expect(attribute('Ruiz, who called the police at 3 a.m., waited outside.')).toEqual([]);
  });
});

describe('findAttributions: what someone "called" an object that stands before them (stop 71)', () => {
  it('reads "a charge his attorney called “…”" and "the raid DHS called “targeted”" up to the quotation\'s end', () => {
    expect(attribute('He was charged, a charge his attorney called "a cover story written after the fact."')).toEqual([['his attorney', 'called', ['"a cover story written after the fact."']]]);
    expect(attribute('The raid DHS called "targeted" swept up 80 people.')).toEqual([['DHS', 'called', ['"targeted"']]]);
  });

  it('reads no one\'s words in a thing so named ("a short film called “Home”")', () => {
    expect(attribute('She saw a short film called "Home" on Tuesday.')).toEqual([]);
  });
});

describe('findAttributions: a day after the object is no speaker (stop 71)', () => {
  it('reads no one\'s words in "a video Thursday afternoon from an account called “Hypo-Cruz”"', () => {
    expect(attribute('The campaign posted a video Thursday afternoon from an account called "Hypo-Cruz" that showed the senator.').map((f) => f[1])).not.toContain('called');
  });
});
