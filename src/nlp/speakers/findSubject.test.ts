import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

// Invented sentences: the role of the person who speaks is the point.
function roles(text: string): string[] {
  return analyseText(text, { anchorDate: '2025-09-27' }).attributions.flatMap((a) => (a.speaker ? [`${a.speaker.name} (${a.speaker.role})`] : []));
}

describe('findSubject', () => {
  it('takes a person with an honorific ("the Rev.") for the subject, never one with an office', () => {
    const told = (title: string) => `${title} Ana Lind, 37, said she was praying when an agent fired at her. "They shot me," Lind said. Video shows Lind standing still when she is hit.`;
    expect(roles(told('The Rev.'))).toEqual(['Ana Lind (subject)', 'Ana Lind (subject)']);
    expect(roles(told('Sheriff'))).toEqual(['Ana Lind (official)', 'Ana Lind (official)']);
    // A judge holds an office too: named where someone was detained, she is still no subject.
    expect(roles(told('Judge'))).toEqual(['Ana Lind (court)', 'Ana Lind (court)']);
  });

  it('takes no one called by an office in an apposition for one telling what was done to them (stop 47)', () => {
    const text = 'An agent shot a woman in Charlotte on Sunday. "She rammed our agent," said Renata Kolb, the Department of Homeland Security\'s assistant secretary for public affairs. She was struck in the arm, Kolb said.';
    expect(roles(text)).toEqual(['Renata Kolb (official)', 'Renata Kolb (official)']);
  });

  it('takes the name given to the one a cue sentence told of ("a man … The man, Keith Porter,") for the subject', () => {
    const text = 'An officer shot and killed a man late on Tuesday, police said. The man, Omar Velez, was a father of two, relatives said.';
    expect(roles(text)).toContain('family of Omar Velez (family)');
    // Before any sentence tells of force, "The man, …" names no one's plight.
    expect(roles('The man, Omar Velez, was a father of two, relatives said. An officer shot and killed a man late on Tuesday.')).toEqual([]);
  });

  it('takes the name the family or police gave the one a cue sentence told of ("The man, identified by his family as …")', () => {
    const text = 'An agent shot a man near the fence on Sunday, according to the man\'s family. The man, identified by his family as Tomás Arredondo Peña, remains in hospital.';
    expect(roles(text)).toEqual(['family of Tomás Arredondo Peña (family)']);
  });

  it('takes the name given to the one the lede called by another noun ("A Journal photographer was hit … The photographer, Ana Lind,")', () => {
    const text = 'A Valley Times photographer was hit by a pepper ball on Friday outside the depot. The photographer, Ana Lind, 33, was standing on the sidewalk. "I had my camera up," Lind said.';
    expect(roles(text)).toEqual(['Ana Lind (subject)']);
    // An officer the lede tells was hurt is not the one force was used on.
    expect(roles('An ICE officer was hit by a car on Friday outside the depot. The officer, Ana Lind, 33, was standing on the sidewalk. "I had my radio up," Lind said.')).not.toContain('Ana Lind (subject)');
  });

  it('takes a named speaker who tells what was done to them for the subject', () => {
    const lead = 'A pastor was struck by a pepper ball on Friday outside the depot.';
    // Named only as a speaker: "fired at him", "They tased me".
    expect(roles(`${lead} Paul Hale, 50, said he was kneeling in the road when an agent fired at him.`)).toEqual(['Paul Hale (subject)']);
    expect(roles(`${lead} "They tased me twice," Paul Hale said.`)).toEqual(['Paul Hale (subject)']);
    // A pronoun of the other gender, a possessive, a lawyer or an office tells of someone else.
    expect(roles(`${lead} Paul Hale, 50, said an agent fired at her.`)).toEqual(['Paul Hale (other)']);
    expect(roles(`${lead} Paul Hale, 50, said an agent fired at him car.`.replace('him car', 'her car'))).toEqual(['Paul Hale (other)']);
    expect(roles(`${lead} His lawyer, Paul Hale, said he was struck twice.`)).not.toContain('Paul Hale (subject)');
    expect(roles(`${lead} Sheriff Paul Hale said he was struck twice.`)).not.toContain('Paul Hale (subject)');
    // In quoted words "he" is someone else; a lawyer once is a lawyer in every attribution.
    expect(roles(`${lead} "He was struck twice," Paul Hale said.`)).toEqual(['Paul Hale (other)']);
    expect(roles(`${lead} His lawyer, Paul Hale, said the charge was false. Hale said he was struck twice.`)).not.toContain('Paul Hale (subject)');
  });

  it('reads "she said" right after the named speaker as her telling what was done to her (stop 41)', () => {
    const text = 'Maria Delgado says she was driving her son to school on Oct. 21.\n\nWithin seconds, she said, masked men pulled her out of the car and pinned her to the ground.';
    expect(roles(text)).toEqual(['Maria Delgado (subject)', 'Maria Delgado (subject)']);
    // A "he" is not her; a pronoun after someone else's attribution is not carried to her.
    const he = 'Maria Delgado says she was driving her son to school on Oct. 21.\n\nWithin seconds, he said, masked men pinned her to the ground.';
    expect(roles(he)[0]).toBe('Maria Delgado (other)');
  });

  it('takes the one person named with an age after a lede that told of "a man" for the subject (stop 41)', () => {
    const text = 'An off-duty ICE officer shot and killed a man late Wednesday, police said.\n\nFamily members said Keith Porter, 43, was firing a gun into the air.';
    expect(roles(text)).toContain('family of Keith Porter (family)');
    // A political story whose first such sentence tells of no one unnamed gives no subject this way.
    const politics = 'The assault killed five police officers in Dallas, Trump said.\n\nIvanka Trump, 34, said she would speak on Tuesday.';
    expect(roles(politics)).toContain('Ivanka Trump (other)');
  });

  it('takes no one named right after the rank that fired ("The agent, Kyle Brandt, 31,") for the subject (stop 58)', () => {
    const text = 'A Border Patrol agent shot a man in El Paso in January.\n\nThe agent, Kyle Brandt, 31, testified for three hours.\n\nBrandt said he feared for his life.';
    expect(roles(text)).toEqual(['Kyle Brandt (official)']);
  });

  it('takes no one whose office is set off before the name for the subject, and reads the office as theirs (stop 58)', () => {
    const text = 'WASHINGTON — The acting chief of the U.S. Border Patrol, Douglas Renwick, testified Wednesday about the shooting of a driver by an agent near Yuma.\n\nRenwick conceded that the footage had not been reviewed.';
    expect(analyseText(text, { anchorDate: '2026-03-12' }).attributions.map((a) => a.speaker)).toEqual([{ name: 'Douglas Renwick', role: 'official', affiliation: 'U.S. Border Patrol' }]);
  });

  it('knows the one named in full again by the given name alone ("Isaac, 17, was shot"), and a cousin as no subject (stop 58)', () => {
    const text =
      "The casket was carried out by six of Isaac Bermúdez's classmates.\n\nIsaac, 17, was shot and killed by an agent on Friday.\n\nAccording to the family, Isaac had walked to a store with his cousin, Brandon Reyes, 19. On the way back, the two were stopped by several men, Reyes said.";
    const speakers = analyseText(text, { anchorDate: '2025-09-27' }).attributions.map((a) => a.speaker);
    expect(speakers).toEqual([
      { name: 'family of Isaac Bermúdez', role: 'family', affiliation: 'family of Isaac Bermúdez' },
      { name: 'Brandon Reyes', role: 'family', affiliation: 'cousin of Isaac Bermúdez' },
    ]);
  });

  it('knows a named person again by the surname alone, in capitals or after a title, and only as a whole word', () => {
    const lead = 'A pastor was struck by a pepper ball on Friday outside the depot. Paul Hale, 50, was there.';
    expect(roles(`${lead} "They tased me twice," HALE said.`)).toEqual(['Paul Hale (subject)']);
    expect(roles(`${lead} "They tased me twice," Pastor HALE said.`)).toEqual(['Paul Hale (subject)']);
    expect(roles(`${lead} "They tased me twice," Pastor Halen said.`)).not.toContain('Paul Hale (subject)');
  });

  it('takes a speaker named as "the woman" after a cue sentence told of a woman for the subject', () => {
    const text = 'Video shows agents pulling a woman out of her car by her hair in Charlotte on Jan. 9. "I have my papers," the woman, Karla Benítez, 27, replies. Her lawyer, Dan Pruitt, said she was hurt.';
    expect(roles(text)).toEqual(['Karla Benítez (subject)', 'Dan Pruitt (subject_counsel)']);
    // Before any sentence tells of force, a speaker called "the woman" names no one's plight.
    expect(roles('"I have my papers," the woman, Karla Benítez, 27, said on Monday. Her lawyer, Dan Pruitt, said she was hurt.')[0]).toBe('Karla Benítez (other)');
  });
});

describe('findSubject: a speaker named with what befell them (stop 45)', () => {
  it('takes "The Rev. David Black, the pastor who was hit" for the subject, and not "…, the pastor who was there"', () => {
    const lead = 'Agents fired pepper balls at protesters outside the depot on Friday, and a retired pastor was struck in the head.\n\n';
    expect(roles(`${lead}The Rev. David Black, the pastor who was hit, told the paper he had been praying.`)).toEqual(['David Black (subject)']);
    expect(roles(`${lead}The Rev. David Black, the pastor who was there, told the paper he had been praying.`)).toEqual(['David Black (other)']);
  });
});

describe('findSubject: one who tells what struck her own body (stop 45)', () => {
  it('takes a photographer who says "a pepper ball struck her cheek" for the subject, not one who says it struck his', () => {
    const lead = 'Federal agents fired pepper balls at a crowd on Thursday, hitting at least one journalist in the face.\n\n';
    expect(roles(`${lead}Ana Beltrán, a photographer, said she was standing on the sidewalk when a pepper ball struck her cheek.`)).toEqual(['Ana Beltrán (subject)']);
    expect(roles(`${lead}Ana Beltrán, a photographer, said she was standing on the sidewalk when a pepper ball struck his cheek.`)).toEqual(['Ana Beltrán (other)']);
  });
});

describe('findSubject: one "pulled from" his truck (stop 45)', () => {
  it('takes the man agents pulled from his truck for the subject, speaking for himself', () => {
    const text = 'Luis Campos, 48, was pulled from his pickup truck by masked ICE agents in Fresno on Feb. 24. "I was parked," Campos said.';
    expect(roles(text)).toEqual(['Luis Campos (subject)']);
  });
});

describe('findSubject: a civil suit\'s defendant (stop 52)', () => {
  it('takes no defendant of a civil suit, the officer sued, for the one force was used on', () => {
    const order = [
      'Plaintiff alleges that, after he was handcuffed, Defendant Whitcomb forced him face-down onto a concrete curb, fracturing his cheekbone.',
      'Defendants contend that Plaintiff pulled away from officers.',
      'Defendant Whitcomb argues that he is entitled to qualified immunity because he was shoved first.',
    ].join(' ');
    expect(roles(order).filter((r) => r.includes('Whitcomb'))).toEqual(['Defendant Whitcomb (other)']);
  });
});

describe('findSubject: counsel set off before the name (stop 64)', () => {
  it('takes "The teen\'s court-appointed lawyer, Paul Hadley," for no subject, and his "his client" for no self-report', () => {
    const text =
      'A Border Patrol agent shot a 16-year-old boy last week. The teen\'s court-appointed lawyer, Paul Hadley of the Law Offices of the Public Defender, called the charges "an attempt to justify a shooting that should never have happened." Hadley said his client had been in federal custody at the hospital for a week.';
    expect(roles(text)).toEqual(['Paul Hadley (subject_counsel)']);
  });
});

describe('findSubject: a lede that names the one shot, then tells it of "The 16-year-old" (stop 65)', () => {
  it('takes the one person the sentence before named for the subject, and no one when that sentence names two', () => {
    const lede = (names: string) => `LAS CRUCES — ${names} still cannot lift his left arm above his shoulder. The 16-year-old sophomore, who was shot by a U.S. Border Patrol agent on March 5, came home last week. "I had my hands up," Adrián said.`;
    expect(roles(lede('Adrián Beltrán'))).toEqual(['Adrián Beltrán (subject)']);
    expect(roles(lede('Adrián Beltrán, like his friend Tomás Ochoa,'))).not.toContain('Adrián Beltrán (subject)');
  });
});

describe('findSubject: the name set beside the lede\'s noun (stop 65)', () => {
  it('takes "Dana Okafor, 34, a staff photographer" after "A Tacoma Ledger photographer was struck …" for the subject, over a protester named once', () => {
    const text = [
      'A Tacoma Ledger photographer was struck by pepper balls and held for four hours by federal officers Friday night while she photographed a protest.',
      'Dana Okafor, 34, a staff photographer who has worked for the Ledger since 2019, was released without being charged.',
      '"I was doing my job," Okafor said.',
      'Officers arrested Tomás Villalobos, 22, of Lakewood, a protester she had been photographing, and charged him with assault.',
    ].join('\n\n');
    expect(roles(text)).toEqual(['Dana Okafor (subject)']);
  });
});

describe('findSubject: who put out the video, and a retort (stop 69)', () => {
  const lede = 'SPOKANE — A Border Patrol agent shot a driver Thursday after agents boxed in his pickup, officials said.';
  it('takes no one "posted on Instagram by" for the subject, aged though she is', () => {
    const text = [lede, 'It was first posted on Instagram by Jolene Marchetti, 33, a dental hygienist.', '"This is wrong," Marchetti wrote in the caption.'].join('\n\n');
    expect(roles(text)).toEqual(['officials (official)', 'Jolene Marchetti (other)']);
  });

  it('reads "Marchetti shot back" as a retort, no plight', () => {
    const text = [lede, 'Jolene Marchetti recorded part of it from a car.', 'When an account said the clip was edited, Marchetti shot back within minutes: "Not edited. I hit record when they jumped out."', '"He was backing up," Marchetti wrote.'].join('\n\n');
    expect(roles(text).every((r) => !r.endsWith('(subject)'))).toBe(true);
  });
});

describe('findSubject: a name the family gives the one told of (stop 70)', () => {
  it('reads "The man\'s family identifies him as Teodoro Villaseñor" after "An ICE officer shot a man" as naming the subject', () => {
    const text = 'An ICE officer shot a man in Fresno on Tuesday.\n\nThe man\'s family identifies him as Teodoro Villaseñor.\n\nHis wife says he was parked.';
    const speakers = analyseText(text, { anchorDate: '2026-03-03', bodyStart: 0, outlet: null }).attributions.map((a) => a.speaker?.name ?? null);
    expect(speakers.at(-1)).toBe('wife of Teodoro Villaseñor');
  });
});

describe('findSubject: "whose wounds were all in his back" (stop 70)', () => {
  it('reads the family named in a sentence of a man\'s wounds as the subject\'s', () => {
    const text = 'A federal judge questioned government lawyers about a man whose wounds were all in his back, as the family of Ernesto Valdivia Ruiz fought to keep its wrongful-death lawsuit alive.\n\nThe family\'s lawyers have said from the start that Valdivia never turned.';
    const speakers = analyseText(text, { anchorDate: '2026-08-21', bodyStart: 0, outlet: null }).attributions.map((a) => a.speaker?.role ?? null);
    expect(speakers.at(-1)).toBe('subject_counsel');
  });
});
