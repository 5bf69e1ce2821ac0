import { describe, expect, it } from 'vitest';
import { findEventDate } from './findEventDate.js';
import { describeText } from './testing/describeText.js';

// Invented texts.
function dateOf(text: string, published: string): string | null {
  return findEventDate(describeText(text, published).sentences, text, published).date;
}

describe('findEventDate', () => {
  it('reads "since … late last year" in a count as no past period the shooting is placed in (stop 51)', () => {
    const text = 'CHARLOTTE, North Carolina, March 18 (Reuters) - A woman wounded on Tuesday when a federal immigration agent fired at a man running from agents has died, police said on Wednesday.\n\nHer death marks the first time a bystander has been killed in a shooting by immigration agents since the administration expanded enforcement operations in the city late last year.';
    expect(dateOf(text, '2026-03-18')).toBe('2026-03-17');
  });

  it('dates an inquest\'s death by the day its opening gives, months before; not by an old day told further on (stop 53)', () => {
    const lede = 'KENT, Wash. — Tomás Quiroga Beltrán, 41, died after ICE officers restrained him in a parking lot in Burien on March 8.';
    expect(dateOf(lede, '2025-11-19')).toBe('2025-03-08');
    // Further on, an old day is more often another case's than the event's: no date beats a wrong one.
    const later =
      'KENT, Wash. — An inquest jury heard testimony on Tuesday about the death of a man restrained by ICE officers.\n\n' +
      'The officers pinned him to the ground outside his apartment, the administrator said.\n\n' +
      'Another man was shot by an ICE officer in Tacoma on March 8, his lawyer said.';
    expect(dateOf(later, '2025-11-19')).not.toBe('2025-03-08');
  });

  it('reads "A year ago Monday" as that weekday a year back, however old (stop 51)', () => {
    const text = 'DURHAM, N.C. — Héctor Villalobos still cannot lift his left arm. A year ago Monday, two bullets fired by an ICE officer had torn through it as he sat in his car.';
    expect(dateOf(text, '2026-03-09')).toBe('2025-03-09');
  });

  it('reads the day a medical examiner ruled as no day of the death (stop 51)', () => {
    const text = 'EL PASO — A man who died after Border Patrol agents restrained him and shocked him with a Taser died of restraint asphyxia, and his death was a homicide, the medical examiner ruled Thursday.\n\nOctavio Hernández Ruiz, 45, was tased and pinned by agents on the night of Feb. 13 outside a convenience store.';
    expect(dateOf(text, '2026-03-06')).toBe('2026-02-13');
  });

  it('reads the day a board voted, or a statement was sent to the paper, as no day of the arrest (stop 51)', () => {
    const text = 'The School Board voted 5-2 Tuesday to bar federal agents from district property, a week after agents tackled and injured a father outside the school on Feb. 10.\n\nIn a statement sent to the Salem Reporter on Friday, an agency spokesperson said he violently resisted arrest and struck an officer.';
    expect(dateOf(text, '2026-02-18')).toBe('2026-02-10');
  });

  it('reads the day an officer took the witness stand as no day of the shooting (stop 49)', () => {
    const text = 'Luis Quintanilla, 41, was struck in the shoulder by two of the three rounds fired on the morning of Oct. 9, 2025, as ICE officers tried to stop his truck.\n\nOn the witness stand Thursday, the officer who fired testified that Quintanilla accelerated toward him.';
    expect(dateOf(text, '2026-02-27')).toBe('2025-10-09');
  });

  it('reads the day an agency did not respond to questions as no day of the shooting (stop 48)', () => {
    expect(dateOf('An ICE officer shot Wilmer Banegas, 29, on Feb. 22. ICE did not respond to questions Tuesday about why the officer fired.', '2026-03-04')).toBe('2026-02-22');
  });

  it('reads an update’s stamp, a live blog entry’s or a video’s time code as when it was written, never the event’s time, its day only when nothing else dates it (stop 48)', () => {
    const text =
      'UPDATE, Saturday 11:15 a.m.: The man shot by a federal immigration officer in Burien on Friday has been identified as Jonathan Ayala Ruiz.\n\nA man was shot by a federal agent in the parking lot just before 8 a.m. Friday, the sheriff said.';
    const found = findEventDate(describeText(text, '2026-03-07').sentences, text, '2026-03-07');
    expect([found.date, found.time]).toEqual(['2026-03-06', '08:00']);
    const blog = '8:42 p.m. ET\nAn ICE officer shot a man in Charlotte on Wednesday, officials said.\n\nAn earlier version of the 8:12 p.m. entry said officers fired rubber bullets.';
    expect(findEventDate(describeText(blog, '2026-02-12').sentences, blog, '2026-02-12').time).toBeNull();
    const only = 'UPDATE, Saturday 11:15 a.m.: A man was shot by a federal agent in Burien, the sheriff said.';
    expect(dateOf(only, '2026-03-07')).toBe('2026-03-07');
  });

  it("reads a dateline's day (\"NOGALES, Arizona, Jan 21 (Reuters) -\") as the day the story was filed, not the event's", () => {
    const text = 'NOGALES, Arizona, Jan 21 (Reuters) - A U.S. Border Patrol agent shot and wounded a man near the border fence late on Tuesday, the agency said.';
    expect(dateOf(text, '2026-01-21')).toBe('2026-01-20');
  });

  it('reads the day a briefing is used or a news conference held as no day of the shooting it is about', () => {
    const text = 'Gov. Ana Ruiz on Wednesday used her weekly news briefing to demand video of a Border Patrol shooting in Sunland Park. A Border Patrol agent shot a man late on Jan. 28, the agency said.';
    expect(dateOf(text, '2026-02-05')).toBe('2026-01-28');
    expect(dateOf(text.replace('on Wednesday used her weekly news briefing to demand', 'on Wednesday held a news conference to demand'), '2026-02-05')).toBe('2026-01-28');
  });

  it('dates a raid by the day officers forced their way in, not the day the man was still in hospital (stop 43)', () => {
    const text = 'Relatives of a man shot by an ICE officer during a raid say he held a phone. He remained in critical condition Monday, his wife said. Officers forced their way into the apartment around 5:30 a.m. Saturday, she said.';
    expect(dateOf(text, '2026-09-15')).toBe('2026-09-12');
  });

  it('dates a filing\'s shooting by the day and year its first force sentence gives, months before; not a shooting dated so further on (stop 43)', () => {
    const complaint = '1. This is an action for damages arising from the shooting of Plaintiff Ana Ruiz by a Border Patrol agent on October 4, 2025, in Chicago.\n\n2. The agent fired five shots.';
    expect(dateOf(complaint, '2026-05-11')).toBe('2025-10-04');
    const later = 'Agents shot a man and a woman in Portland on Thursday, police said.\n\nTheir names came up after a shooting on July 11, 2025, in which a man was wounded.';
    expect(dateOf(later, '2026-01-10')).toBe('2026-01-08');
  });

  it("takes the narration's date before one inside someone's quoted words", () => {
    const text = 'An off-duty officer shot and killed a man late on New Year\u2019s Eve, police said. "Everybody shoots on New Year\u2019s," a neighbor said.';
    expect(dateOf(text, '2026-01-02')).toBe('2025-12-31');
  });

  it('dates the shooting, not the day a lawyer went to a judge about it', () => {
    expect(dateOf('A lawyer for Tomas Vidal, the man shot by a Border Patrol agent on April 9, asked a federal judge on Monday to order the video kept.', '2026-04-20')).toBe('2026-04-09');
  });

  it('dates the shooting, not the day a grand jury indicted the officer for it', () => {
    expect(dateOf('A grand jury on Thursday indicted an ICE officer in the March shooting of Ana Ruiz, 41, who was killed outside a tire shop.', '2026-06-12')).toBe('2026-03-01');
  });

  it('takes a day within the month the force is dated by, from a sentence that sets its scene, never a later hearing (stop 42)', () => {
    const lede = 'A U.S. citizen who was stunned with a Taser by Border Patrol agents outside a store last November has sued the government. ';
    expect(dateOf(`${lede}He was filming agents on Nov. 17 when an agent ordered him to back up.`, '2026-03-19')).toBe('2025-11-17');
    expect(dateOf(`${lede}A judge held a hearing on Nov. 24 on his release.`, '2026-03-19')).toBe('2025-11-01');
  });

  it('dates a crash in a pursuit, not the day a relative wrote a post about it', () => {
    const text = 'A man died after his car crashed during a Border Patrol pursuit on Aug. 24. "They killed my nephew," his aunt wrote in a Facebook post on Tuesday.';
    expect(dateOf(text, '2026-08-30')).toBe('2026-08-24');
  });

  it('still takes a quoted date when the narration gives none', () => {
    expect(dateOf('"The agent fired on Monday," her lawyer said.', '2026-01-09')).toBe('2026-01-05');
  });
});

describe('findEventDate: a death in custody', () => {
  it('dates the death when the other date of its sentence is a later report, not an earlier shooting', () => {
    const text =
      'A man who died at an ICE detention center last month was killed by compression of the neck, the medical examiner ruled. ' +
      'Jose Reyes died April 14, hours after guards restrained him in a cell, according to the autopsy report released Tuesday.';
    expect(dateOf(text, '2026-05-21')).toBe('2026-04-14');
  });
});

describe('findEventDate: force told in the passive', () => {
  it('dates a tackling: "was tackled and handcuffed by officers" tells the incident', () => {
    expect(dateOf('A 15-year-old was tackled and handcuffed by officers outside a school on Thursday afternoon, his mother said.', '2026-03-06')).toBe('2026-03-05');
  });
});

describe('findEventDate: the day of the coverage', () => {
  it('dates the shooting, not the evening the family speaks out', () => {
    expect(dateOf('The family of a man shot by Border Patrol agents in Charlotte last week is speaking out tonight.', '2026-11-19')).toBe('2026-11-09');
  });
});

describe('findEventDate: a story on an old case', () => {
  it("dates the shooting the opening puts last year, not the day a watchdog's report came out", () => {
    const text =
      'A Border Patrol agent who fatally shot a man near Yuma last year fired while the man ran away, an inspector general found in a report released Tuesday. ' +
      'The man, Ruben Ochoa, was shot twice in the back on March 3, 2025, after agents stopped his truck, the report said.';
    expect(dateOf(text, '2026-10-14')).toBe('2025-03-03');
  });

  it('dates the shooting a settlement story puts in a past year, not the day the settlement was filed', () => {
    const text =
      'The government agreed to pay $2 million to the family of a man shot by an ICE officer during a traffic stop in 2025, according to court records filed Monday. ' +
      'Luis Pardo was shot in the neck on Aug. 19, 2025, as he sat in his car.';
    expect(dateOf(text, '2026-09-02')).toBe('2025-08-19');
  });

  it('takes "this year" for no past year', () => {
    const text = 'Assaults on officers rose sharply this year, officials say, citing the killing of Ana Ruiz by an ICE officer. An officer shot a man in Yakima on Feb. 2, 2026.';
    expect(dateOf(text, '2026-08-11')).toBeNull();
  });

  it('keeps an old shooting out when the opening only counts from that year', () => {
    const text =
      'An ICE officer shot a man in Tacoma on Tuesday, the fourth shooting by immigration officers in the state since 2025. ' +
      'A man was shot in Yakima on Feb. 2, 2025, in the first of them.';
    expect(dateOf(text, '2026-10-14')).toBe('2026-10-13');
  });
});

describe('findEventDate: the time someone wrote of it, and a weekend', () => {
  const timeOf = (text: string, published: string) => findEventDate(describeText(text, published).sentences, text, published).time;

  it('takes no time from a post or statement about the shooting', () => {
    const text = 'An ICE officer shot Abdi Warsame, 31, in the arm on Tuesday. "A rioter rammed an ICE vehicle and our officer defended himself," DHS wrote in a post on X shortly after 9 a.m., naming the man.';
    expect(timeOf(text, '2026-01-22')).toBeNull();
    expect(timeOf('An ICE officer shot Abdi Warsame in the arm at 9 a.m. Tuesday, DHS said in a statement.', '2026-01-22')).toBe('09:00');
  });

  it('takes no time from a live blog’s update stamps', () => {
    const text = 'Update, 4:30 p.m.: DHS said the agent fired after the driver tried to run him over.\n\nUpdate, 2:10 p.m.: Police said a federal agent shot a woman on Portland Avenue at about 10:30 a.m. on Wednesday.';
    expect(timeOf(text, '2026-01-07')).toBe('10:30');
    expect(timeOf('Update, 2:10 p.m.: Police said a federal agent shot a woman on Portland Avenue on Wednesday.', '2026-01-07')).toBeNull();
  });

  it('takes the day a weekend holds over the weekend', () => {
    const text = 'A woman shot by a Border Patrol agent last weekend is in fair condition. Yesenia Carrillo, 41, was hit in the abdomen early Saturday on Montana Avenue.';
    expect(dateOf(text, '2026-02-06')).toBe('2026-01-31');
  });
});

describe('findEventDate: a lawsuit filed months after the shooting', () => {
  it('dates the day an agent approached her, not the day the suit was filed', () => {
    const text = 'A mother shot by a Border Patrol agent while sitting in her parked car filed a federal lawsuit Monday. According to the complaint, Agent Travis Kemper approached her car on Feb. 2 as she waited outside a store.';
    expect(dateOf(text, '2026-06-16')).toBe('2026-02-02');
  });
});

describe('findEventDate: the arrest force was used in', () => {
  it('dates the shooting by "during the arrest on Aug. 29" when no other sentence dates it', () => {
    const text = 'Speaking from his hospital bed three days after he was shot, Ana Ruiz said she had raised her hands. The agency has said she reached for a knife during the arrest on Aug. 29 outside her home.';
    expect(dateOf(text, '2026-09-02')).toBe('2026-08-29');
  });
});

describe('findEventDate: a response dated in the lede', () => {
  it('dates force told after an opening paragraph that sets its scene, not the next day\'s statement (stop 42)', () => {
    const text = 'I have lived on Alder Street for 31 years. On the morning of May 12, I was watering my roses when two SUVs boxed in my neighbor Ramón Tellez\'s pickup.\n\nI watched as agents smashed his window and pulled him out.\n\nThe next day, the Department of Homeland Security said in a statement that he had rammed a federal vehicle.';
    expect(dateOf(text, '2026-05-19')).toBe('2026-05-12');
  });

  it('dates the shooting by its week, not the day the man died in a hospital after it (stop 42)', () => {
    const text = 'An agent shot a man in a parking garage last week. CBP said in a June 5 statement that he advanced on the agent. He died at a hospital on June 6, the medical examiner said.';
    expect(dateOf(text, '2026-06-12')).toBe('2026-06-01');
  });

  it('dates the shooting, not the day a union defended the agent who fired', () => {
    const text = 'The union representing the agents on Tuesday defended an agent who shot a man in Chicago. The man, Ana Ruiz, died at the scene on Sept. 30.';
    expect(dateOf(text, '2026-10-08')).toBe('2026-09-30');
  });
});

describe('findEventDate: an arrest told by its injury', () => {
  it('dates an arrest that broke an arm, told only in an agency\'s words', () => {
    const text = 'The sheriff on Tuesday disputed the agency\'s account of an arrest last week in which a woman\'s arm was broken. ICE said the woman "violently resisted arrest and bit an officer" on Aug. 12 outside her home.';
    expect(dateOf(text, '2026-08-19')).toBe('2026-08-12');
  });
});

describe('findEventDate: a past year that dates something else in the lede', () => {
  it('dates the shooting, not the year the agent was disciplined ("had been suspended in 2024")', () => {
    const text = 'The agent who shot a woman in the Brighton Park neighborhood in October had been suspended in 2024 for using excessive force, records show. The agent shot Marimar Soto, 30, five times on Oct. 4 after her car collided with a government vehicle.';
    expect(dateOf(text, '2026-12-02')).toBe('2026-10-04');
  });

  it('keeps the month of the shooting over the day of a testimony that stands nearer "fired"', () => {
    const text = 'A Border Patrol agent who shot a driver at a checkpoint in March testified Tuesday that he fired because he feared for his partner.';
    expect(dateOf(text, '2026-08-19')).toBe('2026-03-01');
  });
});

describe('findEventDate: a scene set before the force', () => {
  it("dates an undated shooting by its paragraph's opening, which names the agents and the day", () => {
    const text = 'On October 4, 2025, at approximately 9:45 a.m., Border Patrol agents were conducting operations in Chicago. According to Agent A, a car struck the agents\u2019 vehicle. Agent A stated that he fired his weapon.';
    expect(dateOf(text, '2025-10-05')).toBe('2025-10-04');
  });

  it('dates force told of "her" in the paragraph after a lede that names her and the day (stop 41)', () => {
    const text = 'Ana Ruiz says she was driving her son to school when two unmarked SUVs boxed in her car on Oct. 21.\n\nWithin seconds, she said, masked men smashed her window and pinned her to the ground.';
    expect(dateOf(text, '2025-10-28')).toBe('2025-10-21');
  });

  it('takes no date from a sentence that names no agents, nor from another paragraph', () => {
    expect(dateOf('On Monday, the mayor held a news conference. She said an agent fired his weapon.', '2026-01-09')).toBeNull();
    expect(dateOf('On Monday, Border Patrol agents patrolled the park.\n\nAn agent fired his weapon.', '2026-01-09')).toBeNull();
  });
});

describe('findEventDate: a motion on a later day in the lede', () => {
  it('reads "prosecutors on Thursday moved to dismiss" as dating the motion, and the shooting "last month" by its day', () => {
    const text =
      'CHICAGO — Federal prosecutors on Thursday moved to dismiss charges against a woman who was shot five times by a Border Patrol agent last month.\n\n' +
      'Ana Ruiz, 30, was driving on Oct. 4 when agents collided with her SUV, her lawyer said.';
    expect(dateOf(text, '2025-11-21')).toBe('2025-10-04');
  });
});

describe('findEventDate: a meeting or a hearing the lede dates, the force in an earlier week or month (stop 58)', () => {
  it('dates the Taser "last week" by its day told after, not the night the council met', () => {
    const text =
      'SANTA ANA, Calif. — More than 200 people crowded into the City Council chambers Tuesday night, many holding signs with the name of Edgar Montalvo, a day laborer who was shocked with a Taser by federal agents in a parking lot last week.\n\n' +
      'Montalvo was detained on the morning of Thursday, April 30, in the parking lot of a Home Depot.';
    expect(dateOf(text, '2026-05-07')).toBe('2026-04-30');
    // With no day in that week told elsewhere, the lede's day stands.
    expect(dateOf(text.split('\n\n')[0], '2026-05-07')).toBe('2026-05-05');
  });

  it('reads the day a chief "faced sharp questioning" as no day of the shooting', () => {
    const text =
      'WASHINGTON — The acting chief of the Border Patrol faced sharp questioning on Wednesday over the fatal shooting of a man by an agent near Yuma, Arizona.\n\n' +
      'The agent fired two shots at a checkpoint on Saturday, Feb. 14.';
    expect(dateOf(text, '2026-03-12')).toBe('2026-02-14');
  });
});

describe('findEventDate: footage released months after an arrest (stop 58)', () => {
  it('dates the Taser by the day of the arrest when every force sentence dates only the release', () => {
    const text =
      'Body-camera footage released Tuesday shows an ICE officer firing a Taser into the back of a man who was handcuffed.\n\n' +
      'The man, Oleksandr Petrenko, 38, was arrested on the morning of Thursday, Sept. 11, 2025, outside his apartment building.';
    expect(dateOf(text, '2026-02-04')).toBe('2025-09-11');
    // With no arrest told, the release's day is all there is.
    expect(dateOf(text.split('\n\n')[0], '2026-02-04')).toBe('2026-02-03');
  });
});

describe('findEventDate: a year refined by the day of the arrest (stop 58)', () => {
  it('dates a Taser "last spring" by the day the officers arrived', () => {
    const suit =
      'A Chicago woman who was shocked with a Taser by ICE officers last spring sued the agency on Monday.\n\n' +
      "According to the complaint, officers arrived at Quiroga's building at about 6:15 a.m. on Wednesday, April 9, 2025.";
    expect(dateOf(suit, '2026-01-28')).toBe('2025-04-09');
    // A day of that year in a sentence of neither the arrest nor its officers refines nothing.
    expect(dateOf(suit.replace("officers arrived at Quiroga's building", 'Quiroga gave birth'), '2026-01-28')).toBe('2025-01-01');
  });
});

describe('findEventDate: a settlement of an old death (stop 58)', () => {
  it('dates the crash by the old day its force sentence gives, not the day the settlement was announced', () => {
    const text =
      'The family of a boy who was struck and killed by a U.S. Customs and Border Protection vehicle in McAllen has reached a settlement, lawyers for the family announced Friday.\n\n' +
      'He was crossing the street on the night of Saturday, June 22, 2024, when a CBP Ford Expedition ran a red light and hit him.';
    expect(dateOf(text, '2026-05-04')).toBe('2024-06-22');
    // A story that dates the force with no old day keeps the announcement's day, as before.
    expect(dateOf(text.split('\n\n')[0], '2026-05-04')).toBe('2026-05-01');
    // An old day further on is another case's.
    const later = `${text.split('\n\n')[0]}\n\nThe family spoke on Saturday.\n\nAccording to the chief, the agent was named after a shooting on July 11, 2025, in another city.`;
    expect(dateOf(later, '2026-05-04')).not.toBe('2025-07-11');
  });
});

describe('findEventDate: an affidavit that numbers its paragraphs (stop 45)', () => {
  it('dates the shooting by the day its numbered paragraph set the scene with, two paragraphs before the shots', () => {
    const affidavit = '1.\n\nI am a Special Agent with Homeland Security Investigations.\n\n2.\n\nOn January 30, 2026, ICE officers attempted to arrest QUINTANILLA in Portland.\n\n3.\n\nAccording to Officer T.R., QUINTANILLA reversed into an ICE vehicle.\n\n4.\n\nOfficer T.R. fired two rounds from his service weapon.';
    expect(dateOf(affidavit, '2026-02-03')).toBe('2026-01-30');
    // A story whose paragraphs are not numbered keeps the scene to its paragraph.
    const story = 'On January 30, ICE officers attempted to arrest a man in Portland.\n\nHis brother said the family was worried.\n\nAn officer fired two rounds days later.';
    expect(dateOf(story, '2026-02-03')).toBeNull();
  });
});

describe('findEventDate: a filing day and a statement day against the scene (stop 56)', () => {
  it('dates the arrest by the evening the complaint sets it in, not by the Monday the suit was filed', () => {
    const text =
      'The family of a 61-year-old grandmother who was pepper-sprayed by immigration agents outside a church filed a federal civil-rights lawsuit Monday.\n\n' +
      'She was leaving an evening Mass around 6:15 p.m. on Sunday, Feb. 22, when an unmarked SUV pulled up to the curb, the complaint says.';
    const found = findEventDate(describeText(text, '2026-05-04').sentences, text, '2026-05-04');
    expect([found.date, found.time]).toEqual(['2026-02-22', '18:15']);
  });

  it('reads a chief who "echoed that view on Thursday, writing on X" as dating his post, not the shooting', () => {
    const text =
      'A Tucson man was charged with assaulting a Border Patrol agent during a traffic stop that ended with the agent firing two shots into his truck.\n\n' +
      'According to the affidavit, agents stopped a gray pickup at about 7:40 p.m. on Saturday, March 7, in the parking lot of a grocery store.\n\n' +
      'The chief echoed that view on Thursday, writing on X that the agent who was struck "is lucky to be alive."';
    expect(dateOf(text, '2026-03-12')).toBe('2026-03-07');
  });
});

describe('findEventDate: a vigil weeks after, and the event named by its day (stop 56)', () => {
  it('dates the raid by "the June 26 operation", not by the Friday of a vigil "two weeks after she was struck"', () => {
    const text =
      'SALINAS, Calif. — More than 400 people filled the lot behind a church on Friday night, two weeks after she was struck by a vehicle driven by an ICE officer during a raid.\n\n' +
      'The vigil came hours after the inspector general opened an investigation into the June 26 operation at a produce plant.';
    expect(dateOf(text, '2026-07-11')).toBe('2026-06-26');
  });

  it('dates an arrest by "an April 14 arrest" in a lede that tells an officer deploying a Taser', () => {
    const text = 'TUCSON, Ariz. — Body-camera footage released Friday by ICE shows an officer deploying a Taser on a 17-year-old boy who appears to be walking away, in an April 14 arrest outside an apartment complex.';
    expect(dateOf(text, '2026-05-02')).toBe('2026-04-14');
  });
});

describe('findEventDate: the time a sentence gives with the event\'s day (stop 56)', () => {
  it('takes "at about 7:50 a.m. on March 5" from a sentence of the arrest that tells no force, for the day the force sentence gives', () => {
    const text =
      'PASCO, Wash. — Federal agents broke the window of a minivan and dragged a mother out on Thursday morning, March 5, witnesses said.\n\n' +
      'The woman was arrested by Border Patrol agents at about 7:50 a.m. on March 5 on West Sylvester Street.\n\n' +
      'The agency responded at 4 p.m. on March 5 with a statement.';
    const found = findEventDate(describeText(text, '2026-03-06').sentences, text, '2026-03-06');
    expect([found.date, found.time]).toEqual(['2026-03-05', '07:50']);
  });
});

describe('findEventDate: a reaction dated in the lede (stop 57)', () => {
  it('reads "on Tuesday called the man …" as the day of the words, and the event by its own day', () => {
    const text =
      'A senior Homeland Security official on Tuesday called the man shot by an ICE officer a "domestic terrorist." ' +
      'Efraín Salcedo-Ruiz, 41, was shot twice at about 7:40 a.m. Monday, March 2, in a parking lot.';
    expect(dateOf(text, '2026-03-04')).toBe('2026-03-02');
  });

  it('counts the event back from "on Thursday called …, a day after officers used a Taser on him"', () => {
    const text = 'The attorney general on Thursday called the arrest "an assault on the courts," a day after ICE officers used a Taser on him in a courthouse hallway.';
    expect(dateOf(text, '2026-01-23')).toBe('2026-01-21');
  });

  it('dates the arrest by the sentence in which officers approached him, told in the passive', () => {
    const text =
      'The attorney general on Friday called the arrest "an assault on the courts." ' +
      'Osei-Mensah had just left a hearing when he was approached by three plainclothes officers at about 10:20 a.m. Wednesday, Jan. 21. ' +
      'An officer then fired a Taser into his back.';
    const found = findEventDate(describeText(text, '2026-01-24').sentences, text, '2026-01-24');
    expect([found.date, found.time]).toEqual(['2026-01-21', '10:20']);
  });
});

describe('findEventDate: "What happened next, on …" (stop 57)', () => {
  it('dates the event by the day of what happened, named in a sentence that tells no force', () => {
    const text = 'Three men grabbed Ibrahim Sesay on the courthouse steps. What happened next, on the morning of Tuesday, March 10, is disputed. Witnesses say the officers slammed him onto the concrete.';
    expect(dateOf(text, '2026-03-20')).toBe('2026-03-10');
  });
});

describe('findEventDate: the setting of an arrest, and a news conference dated in the opening (stop 57)', () => {
  it('dates the event by the sentence in which officers attempted to arrest a man or stopped a teenager', () => {
    const arrest =
      'According to the complaint, on Tuesday, January 13, 2026, at about 6:15 a.m., officers with U.S. Immigration and Customs Enforcement attempted to arrest a man outside an apartment complex.\n\nSawyer struck an officer. Other officers used pepper spray and took Sawyer to the ground.';
    const found = findEventDate(describeText(arrest, '2026-01-22').sentences, arrest, '2026-01-22');
    expect([found.date, found.time]).toEqual(['2026-01-13', '06:15']);
    const stop = 'It alleges that on Saturday, January 17, agents stopped the teenager as he walked home. An agent sprayed him in the face with pepper spray.';
    expect(dateOf(stop, '2026-02-20')).toBe('2026-01-17');
  });

  it('reads "Standing on the steps of the courthouse on Thursday, lawyers for a boy who was pepper-sprayed … announced" as the day of the announcement', () => {
    const text =
      'McALLEN, Texas — Standing on the steps of the federal courthouse on Thursday, lawyers for a 16-year-old boy who was pepper-sprayed and tackled by Border Patrol agents last month announced a lawsuit.\n\n' +
      'It alleges that on Saturday, January 17, agents stopped the teenager as he walked home.';
    expect(dateOf(text, '2026-02-20')).toBe('2026-01-17');
  });
});

describe('findEventDate: a time of day written bare after one stated fully (stop 57)', () => {
  it('reads "By 9:30, officers fired …" in the evening of "at about 8 p.m. on Saturday, Aug. 8" before it', () => {
    const text =
      'About 150 people gathered outside the facility at about 8 p.m. on Saturday, Aug. 8, for a vigil.\n\n' +
      'By 9:30, officers fired pepper balls into the crowd.';
    const found = findEventDate(describeText(text, '2026-08-10').sentences, text, '2026-08-10');
    expect(found.time).toBe('21:30');
  });
});

describe('findEventDate: a timeline’s dated heading (stop 62)', () => {
  it('dates the account below a heading by the heading’s day when the force is told a sentence or more after it', () => {
    const body = 'March 3, 2026 \u2014 Provo, Utah\n\nICE officers arrested Lidia Fuentes Rojas, 52, outside her building. An officer fired a Taser at her after she pulled away.';
    expect(dateOf(body, '2026-04-20')).toBe('2026-03-03');
  });
});

describe('findEventDate: a discharge from hospital (stop 62)', () => {
  it('dates the shooting, not the day he left the hospital, when the sentence gives both', () => {
    const body = 'He was discharged from Mercy Regional Hospital on Monday, six days after an ICE officer shot him in the parking lot of a tire shop on Feb. 10.';
    expect(dateOf(body, '2026-02-18')).toBe('2026-02-10');
  });
});

describe('findEventDate: a date closing a relative clause of the force (stop 62)', () => {
  const YUMA = 'The family of Esteban Roblero, a 22-year-old who was shot in the leg while riding in a sedan that Border Patrol agents fired on at a checkpoint north of Yuma in November, filed a federal tort claim this week.';

  it('dates the shooting by the month that closes the relative clause telling it, not by the week the claim was filed', () => {
    const { sentences } = describeText(YUMA, '2026-02-13');
    expect(findEventDate(sentences, YUMA, '2026-02-13').date).toBe('2025-11-01');
  });
});

describe('findEventDate: a response the lede dates after the force (stop 63)', () => {
  it('reads "a response that lawmakers dismissed this week" as a later event, and dates the force by its own day', () => {
    const text =
      'YAKIMA — DHS has told members of Congress that the ICE officer who shot a Yakima orchard supervisor last month fired in self-defense, a response that lawmakers dismissed this week as "a restatement of a press release."\n\n' +
      'In a letter dated Thursday, an acting assistant secretary wrote that the man drove at an officer outside his apartment on the morning of Oct. 9. The officer fired three times, according to the letter.';
    expect(dateOf(text, '2025-11-07')).toBe('2025-10-09');
  });
});

describe('findEventDate: a day in someone’s words within the month (stop 63)', () => {
  it('keeps "this month" when the only day of the month is the speaker’s "today"', () => {
    const text =
      'YAKIMA — A federal judge on Monday ordered the release of Tomás Rivas, the mechanic who was shot twice by an ICE officer this month.\n\n' +
      '"The government\'s theory was thin last week, and it\'s thinner today," his lawyer said.';
    const found = findEventDate(describeText(text, '2025-11-25').sentences, text, '2025-11-25');
    expect([found.date, found.precision]).toEqual(['2025-11-01', 'month']);
  });
});

describe('findEventDate: "over the weekend" (stop 63)', () => {
  it('dates the force by the weekend, not by the charge on Monday nor the post removed on Sunday', () => {
    const text =
      'ALLENTOWN, Pa. — Federal prosecutors on Monday charged Héctor Ruiz, the painter shot by an ICE officer over the weekend, with assaulting a federal officer.\n\n' +
      'The DHS post, published Saturday night, described him as a violent criminal. It was removed sometime Sunday.';
    const found = findEventDate(describeText(text, '2025-10-20').sentences, text, '2025-10-20');
    expect([found.date, found.precision]).toEqual(['2025-10-13', 'week']);
  });
});

describe('findEventDate: anniversaries, orders and later days (stop 64)', () => {
  it('dates a follow-up "a year ago this week" a year back, not by the order "issued Tuesday"', () => {
    const text =
      'DENVER — A federal judge has refused to dismiss the lawsuit brought by the widow of Rafael Quintero Salas, the roofer who was shot and killed by an immigration officer a year ago this week.\n\n' +
      'In a 34-page order issued Tuesday, U.S. District Judge Margaret Hollis rejected the government\'s argument.';
    expect(dateOf(text, '2026-03-13')).toBe('2025-03-10');
  });

  it('places no event in a year an aside gives ("deported once, more than ten years ago") when only a quotation tells the force', () => {
    const text =
      'DALTON, Ga. — ICE said Friday that the carpet worker had put his truck in reverse.\n\n' +
      'She acknowledged that her client had been deported once, more than ten years ago, but insisted that neither fact justified "breaking a man\'s wrist."';
    expect(dateOf(text, '2025-11-14')).not.toBe('2015-01-01');
  });

  it('refines "this month" by no day of a sentence that tells no force ("given a copy to prosecutors on Monday")', () => {
    const text =
      'DENVER — A Greeley man who was shot by an ICE officer during a vehicle stop this month pleaded not guilty Tuesday.\n\n' +
      'She said she had given a copy to prosecutors on Monday.';
    expect(dateOf(text, '2026-02-25')).toBe('2026-02-01');
    // Nor by a day a span ends on: "had received neither as of Tuesday".
    const span = `${text}\n\nA spokesman said the bureau had requested the officer's statement but had received neither as of Tuesday.`;
    expect(dateOf(span, '2026-02-25')).toBe('2026-02-01');
  });
});

describe('findEventDate: a patient moved the day after (stop 65)', () => {
  it('dates a crash "early Saturday" by the crash, not by "where she was transferred Sunday"', () => {
    const text = 'Gómez was one of 10 people in the SUV when it crashed early Saturday while being pursued by Border Patrol agents on N.M. 11. Two passengers were killed. Gómez suffered a broken arm and is being treated at Memorial Medical Center in Las Cruces, where she was transferred Sunday.';
    expect(dateOf(text, '2025-10-22')).toBe('2025-10-18');
  });
});

describe('findEventDate: a verdict (stop 66)', () => {
  it('dates no incident by the day a jury acquitted the man an officer shot, when no other day is told', () => {
    const text = 'A federal jury on Thursday acquitted Mateo Villaseñor of assaulting an immigration officer with his truck, rejecting prosecutors\' claim that he tried to run down the officer who then shot him.';
    expect(dateOf(text, '2026-02-20')).toBeNull();
    // A day of the shooting told too dates it.
    expect(dateOf(`${text} The officer shot him on Sept. 9 outside an auto-body shop.`, '2026-02-20')).toBe('2025-09-09');
  });

  it('dates a release\'s force by the day its opening paragraph sets, the force told in the next paragraph (stop 68)', () => {
    const text =
      'SAN DIEGO — On Wednesday, February 18, 2026, at approximately 4:40 p.m., U.S. Border Patrol agents assigned to the Chula Vista Station observed a gray Honda Accord departing an area near the international boundary. Agents followed the vehicle and attempted to conduct a vehicle stop near Otay Valley Road.\n\n' +
      'The driver initially yielded. As two agents approached the vehicle on foot, the driver accelerated toward an agent. Fearing for his life, the agent discharged his service-issued firearm, striking the driver once in the shoulder.';
    expect(dateOf(text, '2026-02-18')).toBe('2026-02-18');
  });
});

describe('findEventDate: a timeline\'s own day (stop 68)', () => {
  it('dates a timeline by the day it says its times are on, not by a later entry\'s date', () => {
    const text = [
      'The Sentinel assembled those records into the timeline below. All times are on Wednesday, Jan. 14, unless noted.',
      '6:42:11 a.m. — The first shot. An officer fired five shots into the truck.',
      'Jan. 21, 2:00 p.m. — DHS releases the video and a revised summary of the shooting.',
    ].join('\n\n');
    expect(dateOf(text, '2026-01-25')).toBe('2026-01-14');
  });
});


describe('findEventDate: a call made days after (stop 70)', () => {
  it('dates "a Tucson man shot by a Border Patrol agent in February called Thursday for …" by February, not by the call', () => {
    const text = 'The attorney for a Tucson man shot by a Border Patrol agent in February called Thursday for federal prosecutors to drop the assault charge against him.';
    expect(dateOf(text, '2026-03-05')).toBe('2026-02-01');
  });
});

describe('findEventDate: a record\'s history section (stop 70)', () => {
  it('reads an arrest listed under "Criminal and immigration history" as the person\'s past, not the event', () => {
    const text = [
      'NEW YORK — ICE officers arrested Wilmer Osorio-Quispe on March 10 at 26 Federal Plaza. During the arrest, the subject assaulted an ICE officer.',
      'Criminal and immigration history',
      'In November 2025, the New York Police Department arrested him for petit larceny; that charge remains pending.',
    ].join('\n\n');
    expect(dateOf(text, '2026-03-11')).not.toBe('2025-11-01');
    expect(dateOf(text.replace('Criminal and immigration history', 'What happened next'), '2026-03-11')).toBe('2025-11-01');
  });
});

describe('findEventDate: the time a death was declared (stop 70)', () => {
  it('reads "pronounced dead … at 8:52 a.m." as no time of the force', () => {
    const text = 'An ICE officer shot Ernesto Valdivia Ruiz in Greeley on March 3, 2026. Mr. Valdivia was pronounced dead at North Colorado Medical Center at 8:52 a.m.';
    const time = (t: string) => findEventDate(describeText(t, '2026-04-14').sentences, t, '2026-04-14').time;
    expect(time(text)).toBeNull();
    expect(time(text.replace('was pronounced dead at North Colorado Medical Center', 'was shot in the parking lot'))).toBe('08:52');
  });
});

describe('findEventDate: a follow-up dated by "last week\'s raid" (stop 71)', () => {
  it('reads the week the raid names, not the day of an updated count of arrests nor of a call', () => {
    const text =
      "The worker who was hospitalized after last week's immigration raid has been charged.\n\nShe said her son told her on a short call Saturday that an agent knocked him down on the loading dock.\n\nIn an updated statement Monday, the agency said 106 people were arrested in total.";
    const found = findEventDate(describeText(text, '2026-03-18').sentences, text, '2026-03-18');
    expect([found.date, found.precision]).toEqual(['2026-03-09', 'week']);
  });
});

describe('findEventDate: a release that names its event by its day (stop 71)', () => {
  it('reads the day closing "a fatal vehicle crash … on the night of" and "executed a search warrant"', () => {
    const crash =
      "CBP's Office of Professional Responsibility is reviewing a fatal vehicle crash that followed a failure-to-yield event in Webb County, Texas, on the night of Saturday, March 14, 2026. Near the intersection, an agent discharged a firearm.";
    expect(dateOf(crash, '2026-03-15')).toBe('2026-03-14');
    const raid = 'Special agents executed a federal criminal search warrant Tuesday at a meat plant in Ottumwa. Agents brought the man to the ground.';
    expect(dateOf(raid, '2026-03-12')).toBe('2026-03-10');
  });
});

describe('findEventDate: a force sentence that gives only a time (stop 71)', () => {
  it('takes the day its paragraph opened on, before an earlier case told later', () => {
    const text =
      'On the morning of March 3, Rafael Quintero went to do his laundry. By 7:45 a.m. he was lying on the asphalt with a bullet wound in his back.\n\nLast November, federal agents pepper-sprayed a 16-year-old girl outside a grocery store in Woodburn.';
    expect(dateOf(text, '2026-03-14')).toBe('2026-03-03');
  });
});

describe('findEventDate: a letter about a report on an old arrest (stop 71)', () => {
  it('dates "the arrest of Ernesto Ybarra … on September 18, 2025" however old, and no question\'s day', () => {
    const text =
      'We write about report OIG-26-41, released on February 10, 2026, regarding the arrest of Ernesto Ybarra Luján by U.S. Immigration and Customs Enforcement officers in Tucson, Arizona, on September 18, 2025. An officer placed him in a neck restraint and he was choked.\n\nDoes the Department intend to review the January 2026 shooting in Yuma under the same standards?';
    expect(dateOf(text, '2026-03-01')).toBe('2025-09-18');
  });
});

describe('findEventDate: the day of testimony (stop 71)', () => {
  it('reads "gave sharply different accounts Wednesday of a September arrest" as no day of the arrest', () => {
    const text = 'The inspector general and an ICE official gave sharply different accounts Wednesday of a September arrest in Tucson, in which an officer choked a man.';
    expect(dateOf(text, '2025-12-05')).toBe('2025-09-01');
  });
});

describe('findEventDate: the day a witness was reached (stop 71)', () => {
  it('reads "Reached by the Courier on Tuesday, Ng confirmed …" as no day of the shooting', () => {
    const text = 'A man shot by an immigration officer outside a laundromat last week was backing away, his lawyer said.\n\nA bakery owner heard three gunshots. Reached by the Courier on Tuesday, she confirmed that she heard three gunshots fired.';
    expect(dateOf(text, '2026-03-12')).not.toBe('2026-03-10');
  });
});
