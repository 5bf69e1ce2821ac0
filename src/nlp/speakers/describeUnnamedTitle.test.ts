import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

// Invented sentences: the speaker of each attribution, as [name, role, affiliation].
function speakers(text: string): (readonly [string, string, string | null] | null)[] {
  return analyseText(text, { anchorDate: '2026-01-27' }).attributions.map((a) => (a.speaker ? ([a.speaker.name, a.speaker.role, a.speaker.affiliation] as const) : null));
}

const LEAD = 'Agents shot and killed Dana Whitlock on Saturday. ';

describe('an unnamed official', () => {
  it('reads "the governor" as the one named with the abbreviated title ("Gov. Teresa Valdivia")', () => {
    const found = speakers('Agents shot a man on Jan. 28. Gov. Teresa Valdivia demanded the video. The governor said the state would act.');
    expect(found.at(-1)?.slice(0, 2)).toEqual(['Teresa Valdivia', 'elected_official']);
  });

  it("speaks for the state when an agency or the government is named, and 'the official' after is them", () => {
    expect(speakers(`${LEAD}A CBP official said the agent fired twice. The official said she ran.`)).toEqual([
      ['CBP official', 'official', 'U.S. Customs and Border Protection'],
      ['CBP official', 'official', 'U.S. Customs and Border Protection'],
    ]);
    expect(speakers(`${LEAD}A senior administration official said the agent fired twice.`)).toEqual([['senior administration official', 'official', null]]);
  });

  it('speaks beside a named official of its agency only when the text says it is anonymous', () => {
    const named = `${LEAD}CBP spokeswoman Lena Ortiz said the agent was hurt.`;
    expect(speakers(`${named} A CBP official said the agent fired twice.`)[1]).toBeNull();
    expect(speakers(`${named} A CBP official, speaking on condition of anonymity because the inquiry is open, said the agent fired twice.`)[1]).toEqual([
      'CBP official',
      'official',
      'U.S. Customs and Border Protection',
    ]);
  });

  it('is no state voice for a campaign, a union or a foreign country', () => {
    expect(speakers(`${LEAD}A campaign official said the video was clear.`)).toEqual([['campaign official', 'other', null]]);
    expect(speakers(`${LEAD}A union official said the video was clear.`)).toEqual([['union official', 'other', null]]);
  });
});

describe('an unnamed official beside a named one of another agency', () => {
  it('reads "An ICE official" as ICE\'s even when a DHS spokeswoman is named', () => {
    const text = `${LEAD}DHS spokeswoman Ana Keane said the department was reviewing the footage. An ICE official said Monday that Whitlock was not the target.`;
    expect(speakers(text)[1]).toEqual(['ICE official', 'official', 'U.S. Immigration and Customs Enforcement']);
  });
});

describe('a title the story names next', () => {
  it('is the one person named with that title after it ("A federal judge found …; U.S. District Judge Ana Ruiz wrote …")', () => {
    const text = `${LEAD}A federal judge found that the agent's account was not credible. U.S. District Judge Ana Ruiz wrote that the account was contradicted by every witness.`;
    expect(speakers(text)).toEqual([
      ['Ana Ruiz', 'court', null],
      ['Ana Ruiz', 'court', null],
    ]);
  });

  it('counts no introduction inside a quotation ("This is an activist judge," a spokeswoman said) (stop 41)', () => {
    const text = `${LEAD}A federal judge found that the agent's account was not credible.\n\nU.S. District Judge Ana Ruiz wrote that the account was contradicted by every witness.\n\n"This is an activist judge," DHS spokeswoman Tricia Lane said.`;
    expect(speakers(text)[0]).toEqual(['Ana Ruiz', 'court', null]);
  });

  it('stays unresolved for a rank many hold, another bearer, or a judge named before it', () => {
    expect(speakers(`${LEAD}An agent said the man ran. Agent Tom Hale said he fired once.`)[0]).toBeNull();
    expect(speakers(`${LEAD}Another judge said the account was credible. U.S. District Judge Ana Ruiz wrote that it was not.`)[0]).toBeNull();
    expect(speakers(`${LEAD}U.S. District Judge Ana Ruiz wrote that the account was false. A federal judge in Texas said the account was true.`)[1]).toBeNull();
  });

  it('reads a bare "the judge" after the one judge it introduced and then named', () => {
    const text = `${LEAD}A federal judge on Thursday barred agents from using tear gas. U.S. District Judge Ana Ruiz wrote that the testimony was not credible. The judge wrote that the video showed no such thing.`;
    expect(speakers(text).map((s) => s?.[0] ?? null)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  it('leaves "the judge" unresolved after two introductions, a former one, or a longer phrase', () => {
    const two = `${LEAD}A federal judge barred tear gas. A state judge disagreed. U.S. District Judge Ana Ruiz wrote that the testimony was false. The judge wrote that the video showed no such thing.`;
    expect(speakers(two)[1]).toBeNull();
    const former = `${LEAD}A former president praised the agents. Former President Tom Hale spoke Friday. The president said the agents were brave.`;
    expect(speakers(former).at(-1)).toBeNull();
    const longer = `${LEAD}A former judge praised the ruling. Judge Ana Ruiz wrote that the testimony was false. The judge of the county court said the video was clear.`;
    expect(speakers(longer).at(-1)).toBeNull();
  });

  it('reads "A second official" or "one official" as one of the officials the text has heard from', () => {
    const text = `${LEAD}The agent had been warned, according to two officials familiar with his record. A second official said the agent was a veteran. "He should have been off the street," one official said.`;
    expect(speakers(text)).toEqual([
      ['officials', 'official', null],
      ['second official', 'official', null],
      ['official', 'official', null],
    ]);
    expect(speakers(`${LEAD}One official said the agent was a veteran.`)).toEqual([['official', 'other', null]]);
  });

  it('reads "The Douglas County sheriff" as the one sheriff the story names, before or after it', () => {
    const later = `${LEAD}The Douglas County sheriff said none of his deputies fired. Sheriff Aaron Hanson said two deputies were present.`;
    expect(speakers(later).map((s) => s?.[0] ?? null)).toEqual(['Aaron Hanson', 'Aaron Hanson']);
    const before = `${LEAD}Douglas County Sheriff Aaron Hanson said two deputies were present. The Douglas County sheriff said none of them fired.`;
    expect(speakers(before).map((s) => s?.[0] ?? null)).toEqual(['Aaron Hanson', 'Aaron Hanson']);
  });

  it('leaves "The Douglas County sheriff" unresolved beside the sheriff of another county, or after "a sheriff"', () => {
    expect(speakers(`${LEAD}Sarpy County Sheriff Jeff Davis said it was over. The Douglas County sheriff said none of his deputies fired.`)[1]).toBeNull();
    expect(speakers(`${LEAD}A sheriff in Iowa said the man was armed. The sheriff said none of his deputies fired. Sheriff Aaron Hanson said two deputies were present.`)[1]).toBeNull();
    expect(speakers(`${LEAD}The Omaha mayor said the shooting was wrong. Omaha Deputy Mayor Ana Ruiz said more was needed.`)[0]).toBeNull();
  });
});

describe('the one officer a story introduces', () => {
  it('reads "the agent" after the one "a Border Patrol agent" as that agent, an official of the agency', () => {
    const text = 'A Border Patrol agent who shot a driver in August filed a declaration on Monday. "I had no other option," the agent wrote.';
    expect(speakers(text).at(-1)).toEqual(['Border Patrol agent', 'official', 'U.S. Border Patrol']);
  });

  it('reads "The officer, whose name was redacted," as that officer: a clause set off after the title adds nothing to it (stop 42)', () => {
    const text = 'An ICE deportation officer shot a teen in Phoenix last month, the agency said. The officer, whose name was redacted from the report, wrote that the teen ran from a stop.';
    expect(speakers(text).at(-1)).toEqual(['ICE deportation officer', 'official', 'U.S. Immigration and Customs Enforcement']);
  });

  it('reads no one when a second one is counted, or an officer is named', () => {
    expect(speakers('An ICE officer shot Ana Ruiz on Monday. A second officer was hurt. The officer told investigators she drove at him.').at(-1)).toBeNull();
    expect(speakers('Officer Tom Lee shot Ana Ruiz on Monday. An ICE officer arrived later. The officer told investigators she drove at him.').at(-1)?.[0]).not.toBe('ICE officer');
  });
});

describe('an office named by its seat', () => {
  it('reads "Arizona\'s governor", "the governor of Arizona" as the office, or its one holder the text names', () => {
    expect(speakers(`${LEAD}Arizona's governor said the officers broke policy.`).at(-1)).toEqual(['governor of Arizona', 'elected_official', null]);
    expect(speakers(`${LEAD}The governor of Arizona said the officers broke policy.`).at(-1)).toEqual(['governor of Arizona', 'elected_official', null]);
    expect(speakers(`${LEAD}Gov. Katie Hobbs visited the site. Arizona's governor said the officers broke policy.`).at(-1)?.[0]).toBe('Katie Hobbs');
  });

  it('reads "ICE\'s acting director" as an official of the body, and a rank many hold or a person\'s doctor as no one', () => {
    expect(speakers(`${LEAD}ICE's acting director said the officers followed policy.`).at(-1)).toEqual(['ICE acting director', 'official', 'U.S. Immigration and Customs Enforcement']);
    expect(speakers(`${LEAD}ICE's agent said the officers followed policy.`).at(-1)).toBeNull();
    expect(speakers(`${LEAD}Whitlock's doctor said he was hit twice.`).at(-1)).toBeNull();
  });
});

describe('a bare rank many hold, after the one person named with it (stop 48)', () => {
  it('reads "the pastor said" as the one pastor named within three sentences, and no one when two officers are named', () => {
    expect(speakers(`${LEAD}Pastor Elías Garrido spoke at the vigil. "He was never armed," the pastor said.`).at(-1)?.[0]).toBe('Elías Garrido');
    expect(speakers(`${LEAD}Officer Ana Ruiz arrived first. Officer Tom Hale fired. "I saw a gun," the officer said.`).at(-1)).toBeNull();
  });

  it('gives a supervisor of a federal agency the agency\'s voice, a county supervisor an elected one (stop 49)', () => {
    const text = 'DURHAM — A Border Patrol agent shot a driver Tuesday. A Border Patrol supervisor said the agent followed policy.';
    expect(speakers(text).at(-1)?.[1]).toBe('official');
    expect(speakers(text.replace('A Border Patrol supervisor', 'A county supervisor')).at(-1)?.[1]).toBe('elected_official');
  });

  it('reads a justice of the peace, who rules on deaths in Texas counties, as the court (stop 49)', () => {
    const text = 'BRACKETTVILLE, Texas — A Border Patrol agent shot Rubén Benavides, 29, on March 2. Kinney County Justice of the Peace Dolores Amaya said Benavides died of a single gunshot wound to the chest.';
    expect(speakers(text).at(-1)?.slice(0, 2)).toEqual(['Dolores Amaya', 'court']);
  });

  it('reads a U.S. or law enforcement official as an official, a church official as no one\'s (stop 49)', () => {
    const lead = 'ELGIN, Ill. — A Border Patrol agent shot a driver Tuesday. ';
    expect(speakers(`${lead}A U.S. official, speaking on condition of anonymity, said the driver had a gun.`).at(-1)?.[1]).toBe('official');
    expect(speakers(`${lead}A law enforcement official said the driver had a gun.`).at(-1)?.[1]).toBe('official');
    expect(speakers(`${lead}A church official said the man was kind.`).at(-1)?.[1]).toBe('other');
  });
});

describe('the one holder of a title, with "a … member." ending the sentence before it (stop 57)', () => {
  it('reads "The mayor" as the mayor named before, past "a gang member." that introduces no mayor', () => {
    const text = 'Lorraine Vickery said the man was a gang member. Aurora Mayor Denise Okafor said the city had not been told. The mayor said officials had lied.';
    expect(speakers(text)[2]).toEqual(['Denise Okafor', 'elected_official', null]);
  });
});

describe('describeUnnamedTitle: which of two chiefs (stop 60)', () => {
  it('reads "The police chief" as the chief of the police, not the Chief Patrol Agent named after him', () => {
    const text =
      'A Border Patrol agent shot Ruben Castaneda, 31, on Tuesday. Las Cruces Police Chief Raymond Ocampo said detectives had collected video. Chief Patrol Agent Thomas Keane said the agent was dragged. The police chief also said no weapon was recovered from the truck.';
    const found = analyseText(text, { anchorDate: '2025-10-15' }).attributions.map((a) => a.speaker?.name ?? null);
    expect(found).toEqual(['Raymond Ocampo', 'Thomas Keane', 'Raymond Ocampo']);
  });
});

describe('an unnamed official: another name of the office (stop 62)', () => {
  it('reads "the congressman" as the one named "U.S. Rep.", both a Representative', () => {
    const text = `${LEAD}U.S. Rep. Gregory Lindqvist attended the Mass. Lindqvist said he had written to DHS. "Show us the video," the congressman said.`;
    expect(speakers(text).map((s) => s?.[0] ?? null)).toEqual(['Gregory Lindqvist', 'Gregory Lindqvist']);
  });
});

describe('describeUnnamedTitle: an office named in other words (stop 66)', () => {
  it('reads "the prosecutor" after "Assistant U.S. Attorney Daniel Fairbanks" as him, the one prosecutor named', () => {
    const text = 'Assistant U.S. Attorney Daniel Fairbanks said the truck lurched.\n\nFairbanks told the jury that the officer fired. One round struck Mateo Villaseñor in the left shoulder, the prosecutor said.';
    expect(analyseText(text, { anchorDate: '2026-02-10', bodyStart: 0 }).attributions.at(-1)?.speaker?.name).toBe('Daniel Fairbanks');
    // Two prosecutors named: no one sure.
    const two = text.replace('Fairbanks told the jury', 'Assistant U.S. Attorney Ana Ruiz spoke next. Fairbanks told the jury');
    expect(analyseText(two, { anchorDate: '2026-02-10', bodyStart: 0 }).attributions.at(-1)?.speaker ?? null).toBeNull();
  });
});

describe('describeUnnamedTitle: a rank\'s one holder named inside a report (stop 66)', () => {
  it('reads "the agent" as the agent two people "identified him as", the one agent the story names', () => {
    const text = 'Two people familiar with the investigation identified him as Agent Kyle Brandt.\n\n"Subject turned toward me," the agent wrote.';
    expect(analyseText(text, { anchorDate: '2026-02-10', bodyStart: 0 }).attributions.at(-1)?.speaker?.name).toBe('Kyle Brandt');
    // Two agents named: no one sure.
    const two = text.replace('Agent Kyle Brandt.', 'Agent Kyle Brandt and Agent Ana Ruiz.');
    expect(analyseText(two, { anchorDate: '2026-02-10', bodyStart: 0 }).attributions.at(-1)?.speaker?.name).not.toBe('Kyle Brandt');
  });
});

describe('describeUnnamedTitle: "the official, who requested anonymity" (stop 69)', () => {
  it('is never the one official the story names', () => {
    const text = 'DHS spokeswoman Tricia Langford said the agent fired in self-defense.\n\nThe official, who requested anonymity because the investigation is ongoing, said four rounds were fired, not five.';
    const last = analyseText(text, { anchorDate: '2026-03-10', bodyStart: 0 }).attributions.at(-1)?.speaker?.name;
    expect(last).toBe('official');
    // Without the request, the one official named is still whom "the official" means.
    expect(analyseText(text.replace(', who requested anonymity because the investigation is ongoing,', ''), { anchorDate: '2026-03-10', bodyStart: 0 }).attributions.at(-1)?.speaker?.name).toBe('Tricia Langford');
  });
});
