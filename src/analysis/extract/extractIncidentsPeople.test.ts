import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../domain/document.js';
import { analyseText } from '../../nlp/analyseText.js';
import { extractIncidents } from './extractIncidents.js';

// Invented stories, read through the real NLP stages: who an "identified as" names, wounds told as a
// list, charges said short and in full, what befell an officer.

function draftsOf(body: string, published = '2026-07-21', outlet: string | null = null) {
  const doc: ParsedDocument = {
    kind: 'parsed-document',
    format: 'text',
    sha256: 'x',
    byteLength: body.length,
    text: body,
    bodyStart: 0,
    metadata: { title: null, url: null, outlet, author: null, published, modified: null },
    anchor: { kind: 'explicit', date: published, span: null },
    updateNotes: [],
  };
  const { analysis, attributions } = analyseText(body, { anchorDate: published, bodyStart: 0, outlet });
  return extractIncidents(doc, analysis, attributions);
}

const primaryOf = (body: string) => draftsOf(body).find((d) => d.primary)!;
const rolesOf = (body: string) => primaryOf(body).persons.map((p) => [p.name, p.role]);

describe('extractIncidents: a roundup in sections under a lede that counts (stop 47)', () => {
  it('reads one incident per section, none for the lede that counts them, each dated by its heading however long ago', () => {
    const body = [
      'At least three people have been shot by immigration agents since September.',
      'WASHINGTON — Federal immigration agents have opened fire on at least three people in three states since late September.',
      'Phoenix, Sept. 27',
      'Hector Ramirez, 31, was shot and killed by an ICE officer in the parking lot of a tire shop.',
      'Durham, N.C., Oct. 19',
      'Marisol Tejeda, 24, was struck in the shoulder by a bullet as ICE officers fired at a car.',
      'Newark, N.J., Dec. 14',
      'Ousmane Diallo, 45, was shot and killed by ICE officers at his apartment door.',
    ].join('\n\n');
    const drafts = draftsOf(body, '2026-03-05');
    expect(drafts.map((d) => [d.primary, d.date, d.city, d.persons.map((p) => p.name)])).toEqual([
      [false, '2025-09-27', 'Phoenix', ['Hector Ramirez']],
      [false, '2025-10-19', 'Durham', ['Marisol Tejeda']],
      [false, '2025-12-14', 'Newark', ['Ousmane Diallo']],
    ]);
  });
  it('reads a numbered list\'s headings ("1. Aurora, Colorado — Oct. 3, 2025") as sections too, and no dateline credit as a person (stop 52)', () => {
    const body = [
      'WASHINGTON (Meridian) — Federal immigration agents have opened fire on people in two separate shootings in two cities since October.',
      '1. Aurora, Colorado — Oct. 3, 2025',
      'Luis Ortega Beltrán, 29, was shot and killed by an ICE officer in the parking lot of a grocery store.',
      '2. Broadview, Illinois — Nov. 14, 2025',
      'Keandre Pruitt, 41, was shot once in the thigh by a Customs and Border Protection officer outside the ICE processing center.',
    ].join('\n\n');
    const drafts = draftsOf(body, '2026-03-05');
    expect(drafts.filter((d) => !d.primary).map((d) => [d.date, d.city, d.persons.map((p) => p.name)])).toEqual([
      ['2025-10-03', 'Aurora', ['Luis Ortega Beltrán']],
      ['2025-11-14', 'Broadview', ['Keandre Pruitt']],
    ]);
    expect(drafts.flatMap((d) => d.persons.map((p) => p.name))).not.toContain('Meridian');
  });
});

describe('extractIncidents: the first of a double surname (stop 47)', () => {
  it('reads an outlet sentence naming the man by the first of his double surname as about the incident', () => {
    const body = 'CHARLOTTE, N.C. — An ICE officer shot Efraín Quintanilla Robles on Feb. 9 in Charlotte, his wife said.\n\nQuintanilla was unarmed.';
    expect(primaryOf(body).claims.map((c) => [c.facet, c.stance, c.side])).toContainEqual(['weapon_alleged', 'unarmed', 'outlet']);
  });
});

describe('extractIncidents: whom "identified as" names', () => {
  it('reads "was less restrained" of a mayor as no force that befell him (stop 47)', () => {
    const body = 'TACOMA, Wash. — An ICE officer shot and killed Hector Salinas, 34, on Monday, the city said.\n\n"We had no warning," Mayor Daniel Ferreira said Tuesday.\n\nFerreira was less restrained. He said the car was not moving.';
    expect(rolesOf(body)).toEqual([['Hector Salinas', 'subject']]);
  });

  it('names the man arrested in the shooting of an agent, not the agent', () => {
    const body = 'The man arrested in the shooting of a federal agent in Dallas on Monday has been identified as Marco Reyes, 29. ICE said the agent was treated and released.';
    expect(rolesOf(body)).toEqual([['Marco Reyes', 'subject']]);
  });

  it('names a man accused of shooting an agent, and the agent who fired set beside his noun', () => {
    const body = [
      'A man accused of shooting an HSI agent in Phoenix on Monday was identified as Luis Ortega.',
      'The agent who fired back, Jon Ross, was placed on leave, ICE said.',
    ].join('\n\n');
    expect(rolesOf(body)).toEqual([
      ['Luis Ortega', 'subject'],
      ['Jon Ross', 'officer'],
    ]);
  });

  it('still gives the officer the name "the officer who shot him" is identified by', () => {
    const body = 'ICE agents shot Marco Reyes in Dallas on Monday. The officer who shot him has been identified in court records as Jon Ross.';
    expect(rolesOf(body)).toEqual([
      ['Marco Reyes', 'subject'],
      ['Jon Ross', 'officer'],
    ]);
  });

  it('gives the name to the person noun nearer it than the officer (stop 40)', () => {
    const body =
      'An ICE officer shot and wounded a 19-year-old man in Dallas on Tuesday. The officer "feared for his life" after the man, identified by relatives as Josue Castro, reached toward his waistband, according to a DHS statement.';
    expect(rolesOf(body)).toEqual([['Josue Castro', 'subject']]);
  });
});

describe('extractIncidents: wounds, charges and the officer\'s own injuries', () => {
  it('reads a list of wounds whole', () => {
    const body = 'An ICE agent shot Marco Reyes in Dallas on Monday. Reyes was hit in the arm, chest and left leg, his lawyer said.';
    expect(primaryOf(body).persons[0]).toMatchObject({ name: 'Marco Reyes', outcome: 'injured', injuries: 'hit in the arm, chest and left leg' });
  });

  it('reads injuries suffered, and leaves the officer\'s to the officer', () => {
    const body = [
      'ICE agents shot Darnell Hayes during a traffic stop in Tulsa on Monday.',
      'Hayes suffered a concussion and cuts to his face, his mother said.',
      'The agent suffered bruises to his arm.',
    ].join('\n\n');
    const primary = primaryOf(body);
    expect(primary.persons[0].injuries).toBe('suffered a concussion and cuts to his face');
    expect(primary.claims.filter((c) => c.facet === 'wound_location').map((c) => c.value)).toEqual(['face']);
  });

  it('reads "charged with assault", and keeps only the full charge when a later line gives it', () => {
    expect(primaryOf('ICE agents shot Darnell Hayes in Tulsa on Monday. He was charged with assault.').charges).toEqual(['assault']);
    const both = 'ICE agents shot Darnell Hayes in Tulsa on Monday. He was charged with assault. Prosecutors later charged him with assaulting a federal officer. The agent carried an assault rifle.';
    expect(primaryOf(both).charges).toEqual(['assault on a federal officer']);
  });

  it('gives "two people were wounded" to both, and a wound told of no one named to neither (stop 41)', () => {
    const body = [
      'Two people were wounded Thursday when a Border Patrol agent fired at a pickup in Salem, Ore., officials said.',
      'The agency identified the driver as Luis Ortega, 33. The passenger was identified by her lawyer as Rosa Diaz, 32.',
      'The lawyer said her client was shot in the arm.',
    ].join('\n\n');
    expect(primaryOf(body).persons.map((p) => [p.name, p.role, p.outcome, p.injuries])).toEqual([
      ['Luis Ortega', 'subject', 'injured', null],
      ['Rosa Diaz', 'subject', 'injured', null],
    ]);
    // Of two, a "she" right after the sentence that names one of them alone goes on about her.
    const two = [
      'Two people were wounded Thursday when a Border Patrol agent fired at a pickup in Salem, Ore.',
      'The agency identified the driver as Luis Ortega, 33.',
      'The passenger was identified as Rosa Diaz, 32. She was shot in the arm.',
    ].join('\n\n');
    expect(primaryOf(two).persons.map((p) => [p.name, p.injuries])).toEqual([
      ['Luis Ortega', null],
      ['Rosa Diaz', 'shot in the arm'],
    ]);
    // One person named: the wound is theirs.
    const one = 'A Border Patrol agent shot Luis Ortega in Salem, Ore., on Thursday. His lawyer said her client was shot in the arm.';
    expect(primaryOf(one).persons[0]).toMatchObject({ name: 'Luis Ortega', outcome: 'injured', injuries: 'shot in the arm' });
  });

  it('gives the subject no wound told of a "he" her given name says is someone else (stop 41)', () => {
    const body = [
      'A Border Patrol agent shot Marisol Vega, 30, in Chicago on Oct. 4.',
      'The judge wrote that video undermines the testimony of commander Greg Hale, who had told the court that he was struck in the head by a rock.',
    ].join('\n\n');
    expect(primaryOf(body).persons[0]).toMatchObject({ name: 'Marisol Vega', injuries: null });
  });

  it('names the person by the full name a source gives of whom it speaks for (stop 41)', () => {
    const body = [
      'The family of Edwin Tomas Lucero, the man shot by an ICE officer in Columbus on Wednesday, says officials described an attack that never happened.',
      'Lucero, 27, was hit in the abdomen.',
    ].join('\n\n');
    expect(primaryOf(body).persons[0]).toMatchObject({ name: 'Edwin Tomas Lucero', age: 27, role: 'subject' });
    // Another given name is another person: "a friend of Ana Hale" does not rename Tom Hale.
    const other = 'An ICE officer shot Tom Hale, 27, in Columbus on Wednesday. Hale was hit in the leg. A friend of Ana Hale said he was unarmed.';
    expect(primaryOf(other).persons[0]).toMatchObject({ name: 'Tom Hale', role: 'subject' });
  });

  it('reads an incident whose force only its subject tells, after a lede that names her (stop 41)', () => {
    const body = [
      'EVANSTON, Ill. — Maria Delgado says she was driving her son to school when two unmarked SUVs boxed in her car on Oct. 21.',
      'Within seconds, she said, masked men smashed her driver\'s-side window, pulled her out by her hair and pinned her to the ground.',
      'A DHS spokesperson said agents used the least amount of force necessary.',
    ].join('\n\n');
    const primary = draftsOf(body, '2025-10-28').find((d) => d.primary)!;
    expect(primary).toMatchObject({ date: '2025-10-21', city: 'Evanston', force: ['physical force'] });
    expect(primary.persons.map((p) => [p.name, p.role])).toEqual([['Maria Delgado', 'subject']]);
  });

  it('reads an officer who "returned fire" at a gunman as force used, with a subject (stop 41)', () => {
    const body = [
      'Today, ICE officers in Broadview, Illinois, were ambushed by a gunman while processing detainees. One officer returned fire, striking the suspect, who was transported to a local hospital.',
      'The suspect, identified as Marcus Dillard, 34, of Maywood, was charged with attempted murder of a federal officer.',
    ].join('\n\n');
    const primary = draftsOf(body, '2025-10-12').find((d) => d.primary)!;
    expect(primary).toMatchObject({ city: 'Broadview', force: ['firearm discharged'] });
    expect(primary.persons.map((p) => [p.name, p.role, p.outcome])).toEqual([['Marcus Dillard', 'subject', 'injured']]);
  });

  it('keeps a protester named after the noun as the one force was used on (stop 41)', () => {
    const body = 'Federal agents fired pepper balls at protesters outside the ICE facility in Chicago on Friday. Protester Jane Doe, 25, told reporters she was hit in the leg by a pepper ball.';
    expect(primaryOf(body).persons.map((p) => [p.name, p.role, p.age])).toEqual([['Jane Doe', 'subject', 25]]);
  });

  it('reads no vehicle movement in shots that missed', () => {
    const body = 'ICE said Darnell Hayes fired at agents in Tulsa on Monday. Agents returned fire but did not hit Hayes.';
    expect(primaryOf(body).claims.map((c) => c.facet)).not.toContain('vehicle_movement');
  });
});

describe('extractIncidents: someone the incident is likened to (stop 42)', () => {
  it('reads the man who died as the subject, not the man his sister likens his death to', () => {
    const body = 'HOUSTON — Relatives of a man who died after being restrained by ICE officers say officers held him face down.\n\nCarlos Membreño, 38, was pronounced dead at a hospital an hour after the Aug. 27 arrest, the county said.\n\n"They killed him the way they killed George Floyd," his sister said.';
    expect(primaryOf(body).persons.map((p) => [p.name, p.role, p.outcome])).toEqual([['Carlos Membreño', 'subject', 'killed']]);
  });
});

describe('extractIncidents: an earlier shooting the story recalls (stop 42)', () => {
  it('keeps the earlier shooting apart, and reads what bystander videos show after a semicolon as the footage', () => {
    const body =
      'MINNEAPOLIS — A federal immigration officer shot and wounded a man in north Minneapolis on Wednesday night, authorities said.\n\n' +
      'DHS said the officer fired a defensive shot, striking Julio Sosa, 24, in the leg.\n\n' +
      'The shooting came eight days after an ICE officer fatally shot Renee Good, 37, as she sat in her SUV. Federal officials have said Good tried to run the officer over; bystander videos show her vehicle turning away from him.';
    const drafts = draftsOf(body, '2026-01-16');
    const primary = drafts.find((d) => d.primary)!;
    expect(primary.persons.map((p) => [p.name, p.role, p.outcome])).toEqual([['Julio Sosa', 'subject', 'injured']]);
    const earlier = drafts.find((d) => !d.primary)!;
    expect(earlier.persons.map((p) => p.name)).toEqual(['Renee Good']);
    expect(earlier.claims.filter((c) => c.facet === 'vehicle_movement').map((c) => [c.stance, c.side])).toEqual([
      ['toward_officers', 'officials'],
      ['away_from_officers', 'footage'],
    ]);
  });
});

describe('extractIncidents: one named by the body they speak for (stop 42)', () => {
  it('makes no subject of an advocate named "of the Border Network for Human Rights"', () => {
    const body = 'EL PASO, Texas — Border Patrol agents shot a man near the river on Sunday, the agency said.\n\nFernando García of the Border Network for Human Rights said agents routinely chase cars.';
    expect(primaryOf(body).persons.map((p) => p.name)).not.toContain('Fernando García');
  });
});

describe('extractIncidents: a neighbor named with the word (stop 42)', () => {
  it('names the subject in full from "my neighbor Ramón Tellez", a title of no office', () => {
    const body = 'RIVERSIDE, Calif. — Two SUVs boxed in my neighbor Ramón Tellez\'s pickup on May 12. ICE agents smashed his window and pulled him out.\n\nRamón was not fighting them.';
    expect(primaryOf(body).persons.map((p) => p.name)).toEqual(['Ramón Tellez']);
  });
});

describe('extractIncidents: an agency release, a photographer, a video against the account (stop 42)', () => {
  it('reads "at the scene" and "No agents were injured" in an agency release as claims about the incident', () => {
    const body = 'TUCSON, Ariz. — A Border Patrol agent fired one round, striking the driver in the leg.\n\nA replica firearm was recovered at the scene. No agents were injured.';
    const doc: ParsedDocument = {
      kind: 'parsed-document',
      format: 'text',
      sha256: 'x',
      byteLength: body.length,
      text: body,
      bodyStart: 0,
      metadata: { title: null, url: null, outlet: 'U.S. Customs and Border Protection', author: null, published: '2026-04-27', modified: null },
      anchor: { kind: 'explicit', date: '2026-04-27', span: null },
      updateNotes: [],
    };
    const { analysis, attributions } = analyseText(body, { anchorDate: '2026-04-27', bodyStart: 0, outlet: null });
    const primary = extractIncidents(doc, analysis, attributions).find((d) => d.primary)!;
    expect(primary.claims.filter((c) => c.facet === 'weapon_alleged' || c.facet === 'officer_injury').map((c) => [c.facet, c.stance])).toEqual([
      ['weapon_alleged', 'armed'],
      ['officer_injury', 'minor_or_none'],
    ]);
  });

  it('reads a photographer struck by a pepper ball, who needed stitches, as the one injured', () => {
    const body = 'PORTLAND, Ore. — A federal officer fired a pepper ball that struck a photographer outside the ICE building on Thursday.\n\nThe photographer, Annika Rowe, 33, needed four stitches below her left eye.';
    expect(primaryOf(body).persons.map((p) => [p.name, p.outcome])).toEqual([['Annika Rowe', 'injured']]);
  });

  it('fills the footage field with the outlet\'s "the video does not show" before its lede\'s "video appears to show"', () => {
    const body = 'SAN DIEGO — Newly released video appears to show a man walking away when a Border Patrol agent shot him on June 3.\n\nCBP said the man turned and advanced toward the agent. The video does not show him turning around.';
    expect(primaryOf(body).footage).toBe('video contradicts the official account');
  });
});

describe('extractIncidents: a driver named by his mother (stop 43)', () => {
  const body = [
    'LAREDO, Texas — A Border Patrol agent shot a driver at a checkpoint north of Laredo on Thursday, CBP said.',
    'The driver, a 27-year-old U.S. citizen, was taken to a hospital with a gunshot wound to the shoulder, CBP said.',
    "The driver's mother, Rosa Garrido, said her son, Daniel Garrido, had been driving home from work.",
    'Garrido has been charged with assault on a federal officer, according to a criminal complaint.',
  ].join('\n\n');

  it('takes the son, not the mother who names him, for the one shot, with the age and wound told of "the driver"', () => {
    expect(primaryOf(body).persons).toEqual([{ name: 'Daniel Garrido', age: 27, role: 'subject', outcome: 'injured', injuries: 'gunshot wound to the shoulder' }]);
  });
});

describe('extractIncidents: a wound of someone the story leaves unnamed (stop 44)', () => {
  it('gives the named passenger her own wound, not the unnamed driver’s', () => {
    const body =
      'SUNLAND PARK, N.M. — Border Patrol agents fired into a van near the border fence early Sunday, wounding the driver and a passenger, authorities said.\n\n' +
      'The driver, a 28-year-old man whose name was not released, was hit in the shoulder, police said. The passenger, Ana Ferrer, 22, was struck in the hand, her cousin said.';
    const [draft] = draftsOf(body, '2026-04-21');
    expect(draft.persons.find((p) => p.name === 'Ana Ferrer')?.injuries).toBe('struck in the hand');
  });
});

describe('extractIncidents: a citizen held at gunpoint, who speaks (stop 44)', () => {
  it('reads the speaker the video shows lying face-down as the person, by his full name and age, on the day he gives', () => {
    const body =
      'PHOENIX — Body camera footage released Friday shows two ICE officers holding a U.S. citizen at gunpoint outside his home.\n\n' +
      'Carlos Ruelas, 29, said he was getting into his truck on July 24 when the officers drew their guns. "I told them I was a citizen," Ruelas said.\n\n' +
      'The footage shows Ruelas lying face-down on his driveway while an ICE officer points a rifle at him.';
    const [draft] = draftsOf(body, '2026-08-03');
    expect(draft.persons.map((p) => [p.name, p.age, p.role])).toEqual([['Carlos Ruelas', 29, 'subject']]);
    expect(draft.date).toBe('2026-07-24');
  });
});

describe('extractIncidents: the officer named as the one who fired, and his own injuries (stop 45)', () => {
  const body = [
    'MINNEAPOLIS — The ICE officer who shot and killed Renata Goodwin on Wednesday is Jonah Ross, a 10-year veteran of the agency, according to court records.',
    'Ross, 43, suffered injuries to his arm and leg in June, when a man he was trying to arrest drove off with Ross caught in the car door, according to a complaint in that case.',
    'A lawyer for Ross, Curtis Ellery, said in a statement that his client "feared he would be run over."',
  ].join('\n\n');

  it('names Ross the officer, not a person the force befell, and gives the woman shot none of his wounds', () => {
    const draft = primaryOf(body);
    expect(draft.persons.map((p) => [p.name, p.role, p.injuries])).toEqual([
      ['Renata Goodwin', 'subject', null],
      ['Jonah Ross', 'officer', null],
    ]);
    expect(draft.claims.filter((c) => c.facet === 'wound_location')).toEqual([]);
  });

  it("reads the officer's lawyer as no one's of the subject's side", () => {
    const { attributions } = analyseText(body, { anchorDate: '2026-01-10' });
    expect(attributions.find((a) => a.source?.text.startsWith('A lawyer for Ross'))?.speaker?.role).toBe('other');
  });
});

describe('extractIncidents: "The two people shot … were identified as A and B" (stop 45)', () => {
  it('names both the people the force befell', () => {
    const body = 'PORTLAND, Ore. — The two people shot by Border Patrol agents in a parking lot on Thursday were identified Friday as Luis Moncada, 33, and Yorlenys Contreras, 29.\n\nDHS said Moncada "weaponized his vehicle" against agents.';
    expect(primaryOf(body).persons.map((p) => [p.name, p.role])).toEqual([
      ['Luis Moncada', 'subject'],
      ['Yorlenys Contreras', 'subject'],
    ]);
  });
});

describe('extractIncidents: a station’s own reporter, and a lede’s subject named a few paragraphs on (stop 48)', () => {
  const body = [
    'A Mesa woman says federal agents pulled her from her car and pinned her to the ground on Monday.',
    'The Department of Homeland Security says she tried to run agents over.',
    "News 5's Alyssa Ortega spoke with the woman Thursday.",
    'Dana Villalobos, 36, said she was driving home when agents boxed her in. She was treated for a cut on her arm.',
  ].join('\n\n');

  it('reads no reporter as a person of the incident, and the one named with an age as the subject', () => {
    expect(rolesOf(body)).toEqual([['Dana Villalobos', 'subject']]);
  });

  it("reads a reporter named after a station's call sign (\"told WCHB's Alicia Brennan\") as no person of the incident (stop 58)", () => {
    const told = ['A Border Patrol agent fired shots at a car in Franklin Park on Tuesday.', "His mother, Norma Ruiz, 47, told WCHB's Alicia Brennan that her son was on his way to work."].join('\n\n');
    expect(rolesOf(told).map(([name]) => name)).not.toContain('Alicia Brennan');
  });
});

describe('extractIncidents: a broadcast transcript (stop 48)', () => {
  const body = [
    'ANCHOR DENISE HOLLOWAY: Good evening. A Chicago woman says federal agents pepper-sprayed her at a protest in Broadview on Saturday.',
    'REPORTER MARCUS TREVIÑO: Denise, more than 200 demonstrators were here. Among them was 29-year-old Alondra Mejía, a teacher. She says an agent sprayed her directly in the eyes.',
    'ALONDRA MEJÍA: I wasn’t blocking anything. He just came up and did it.',
    'HOLLOWAY: Marcus, thank you.',
  ].join('\n\n');

  it('reads no journalist, by full name or given name, as a person of the incident, and one given an age before the name as the subject', () => {
    expect(rolesOf(body)).toEqual([['Alondra Mejía', 'subject']]);
  });
});

describe('extractIncidents: an operation\'s name (stop 48)', () => {
  it('reads "Operation Lone Star" as no person of the incident', () => {
    const body = 'EAGLE PASS, Texas — A Texas trooper working with Border Patrol under Operation Lone Star shot Rafael Mena, 24, on July 8.';
    expect(rolesOf(body)).toEqual([['Rafael Mena', 'subject']]);
  });
});

describe('extractIncidents: who a name is given to, and how they fared (stop 49)', () => {
  it('gives the name "identified by friends as" to the protester before it, not the officers who shot (stop 49)', () => {
    const body = 'PORTLAND, Ore. — On Nov. 9, an ICE officer working outside the field office shot a 31-year-old protester, identified by friends as Wren Halvorsen, with what officials called less-lethal munitions.\n\nHalvorsen was later found to have a bullet wound in the upper back. Halvorsen is expected to survive.';
    const [draft] = draftsOf(body, '2025-11-11');
    expect(draft.persons.map((p) => [p.name, p.role, p.age, p.outcome])).toEqual([['Wren Halvorsen', 'subject', 31, 'injured']]);
  });

  it('reads a death told by "he" after a man shot by an agent, and a man shot by an agent named after it (stop 49)', () => {
    const body = 'CHARLOTTE, N.C. — Ernesto Villalba, 34, was shot twice in the chest by a Border Patrol agent on Jan. 17. He died at a hospital about an hour later.';
    expect(draftsOf(body, '2026-01-20')[0].persons.map((p) => p.outcome)).toEqual(['killed']);
  });

  it('takes no reporter of a byline without "By" for a person of the incident (stop 49)', () => {
    const body = 'Families push back on federal accounts\n\nMarcus Ellery in Chicago, with additional reporting by Ana Lucía Sepúlveda in Phoenix\n\nCHICAGO — A Border Patrol agent fired three shots into a car on Cicero Avenue on Nov. 2, hitting the driver in the neck.';
    expect(draftsOf(body, '2025-11-11').flatMap((d) => d.persons.map((p) => p.name))).not.toContain('Marcus Ellery');
  });

  it("reads no claim of the newsroom's in what someone says inside a reporter's turn (stop 49)", () => {
    const body = [
      'MIKE CARRERA, HOST: A 17-year-old named Dario Villaescusa is in intensive care after Border Patrol agents tased him in Nogales on Tuesday night.',
      'ANA-LUISA PEREIRA, BYLINE: The gas station is busy at night.',
      "PEREIRA: Dario's mother, Marisol Villaescusa, spoke to me at the hospital. She says her son had his hands up.",
    ].join('\n\n');
    const compliance = draftsOf(body, '2026-01-23').flatMap((d) => d.claims.filter((c) => c.facet === 'compliance').map((c) => c.side));
    expect(compliance).toEqual(['family']);
  });

  it("reads no claim of the newsroom's in the rest of a sentence after someone's cue in a reporter's turn (stop 68)", () => {
    const body = [
      'MIKE CARRERA, HOST: Rigoberto Salcedo Ibarra is in the hospital after an ICE officer shot him in Durham on Tuesday.',
      'ANA-LUISA PEREIRA, BYLINE: The apartment complex is quiet now.',
      'PEREIRA: I sat with his wife, Yesenia Salcedo, on Wednesday. She said he never drove toward anyone; he was backing out of his space when a man in a vest ran up to his window.',
    ].join('\n\n');
    const sides = draftsOf(body, '2026-02-12').flatMap((d) => d.claims.filter((c) => c.facet === 'vehicle_movement').map((c) => c.side));
    expect(sides).not.toContain('outlet');
  });
});

describe('extractIncidents: wounds of an officer asked about and of a bystander after an opening phrase (stop 50)', () => {
  const body = [
    'OMAHA, Neb. — An ICE officer shot and killed Kevin Alcaraz, 19, on Saturday night, the Department of Homeland Security said.',
    'Asked whether the officer was hurt, a DHS spokesperson said he had been "treated and released" for injuries to his leg.',
    "Outside the gate, Deacon Raymond Oyelaran, 67, who had come to pray with the family, was struck in the chest by a pepper ball.",
  ].join('\n\n');

  it('gives the man shot no wound of an officer told in a relative about him', () => {
    const draft = primaryOf(
      [
        'DENVER — An ICE officer shot and killed Luis Benítez, 40, on Jan. 12.',
        'ICE said in a statement the day of the shooting that Benítez, a Mexican national, had "weaponized his vehicle" and struck an officer, who was "treated and released" for injuries to his leg.',
      ].join('\n\n'),
    );
    expect(draft.claims.filter((c) => c.facet === 'wound_location')).toEqual([]);
  });

  it("gives the man shot neither the officer's leg nor the deacon's chest", () => {
    const draft = primaryOf(body);
    expect(draft.claims.filter((c) => c.facet === 'wound_location')).toEqual([]);
    expect(draft.persons.find((p) => p.name === 'Kevin Alcaraz')?.injuries).toBeNull();
  });

  it("gives a man detained none of a deacon's wound told after an opening phrase", () => {
    const draft = primaryOf(
      [
        'CUDAHY, Wis. — At 6:40 a.m. on Jan. 21, dozens of ICE agents entered the Lakeshore Meats plant during shift change.',
        'Our shop steward, Demetrio Vallejo, 41, was tackled from behind by two agents while he was asking to see a warrant. His head struck the concrete floor. He was taken into custody.',
        'Outside the plant gate, Deacon Raymond Oyelaran, 67, of Our Lady of Guadalupe Parish, was struck in the chest by a pepper ball fired by an agent while he stood on the sidewalk. He was treated at the scene by paramedics and released.',
      ].join('\n\n'),
    );
    expect(draft.persons.find((p) => p.name === 'Demetrio Vallejo')?.injuries).toBeNull();
  });
});

describe('extractIncidents: a passenger detained at the scene (stop 50)', () => {
  it('gives the man killed no claim that he stayed', () => {
    const draft = primaryOf(
      [
        'AURORA, Colo. — An ICE officer shot and killed Rogelio Benítez, 47, during a vehicle stop on Jan. 29.',
        'Julio Carrasco, 33, a coworker who was in the passenger seat, was detained at the scene and released two days later.',
      ].join('\n\n'),
    );
    expect(draft.claims.filter((c) => c.facet === 'flight_after_shooting')).toEqual([]);
  });
});

describe('extractIncidents: an earlier shooting told after a count (stop 50)', () => {
  const lede = 'EL PASO, Texas — CBP officers opened fire Thursday night on a sedan at the Ysleta port of entry, wounding Yesenia Carrillo, 19, a passenger.';

  it('reads "The shooting is the second … this year. In January, an officer shot and killed a 37-year-old man" as an incident of its own', () => {
    const drafts = draftsOf(`${lede}\n\nThe shooting is the second at an El Paso-area port this year. In January, a CBP officer at a bridge shot and killed a 37-year-old man who officials said pulled a knife.`, '2026-02-13');
    const primary = drafts.find((d) => d.primary)!;
    expect(primary.persons.map((p) => p.name)).toEqual(['Yesenia Carrillo']);
    expect(primary.claims.filter((c) => c.facet === 'age').map((c) => c.value)).toEqual(['19']);
    expect(drafts.filter((d) => !d.primary).map((d) => d.date)).toEqual(['2026-01-01']);
  });

  it('reads "… the second since December, when an ICE officer fired at a car. No one was hit …" as an incident of its own', () => {
    const drafts = draftsOf(`${lede}\n\nThe shooting was the second by immigration officers in the area since December, when an ICE officer in Westminster fired at a car. No one was hit in that incident, and the driver, a 24-year-old man, was charged with assaulting a federal officer.`, '2026-02-13');
    const primary = drafts.find((d) => d.primary)!;
    expect(primary.claims.filter((c) => c.facet === 'age' || c.facet === 'criminal_charge' || c.facet === 'hit_by_gunfire').map((c) => `${c.facet}=${c.stance}`)).toEqual(['age=19']);
    expect(drafts.some((d) => !d.primary && d.city === 'Westminster')).toBe(true);
  });
});

describe('extractIncidents: a city of a life years before (stop 50)', () => {
  it('takes no city from "He crossed the border in 1998, worked in the oil fields outside Odessa, Texas"', () => {
    const body = [
      'AURORA — The pews at St. Pius X Catholic Church were full for the funeral of Rogelio Benítez Ortega.',
      'Benítez, 47, was shot and killed Jan. 29 by an officer with U.S. Immigration and Customs Enforcement during a vehicle stop.',
      'Benítez crossed the border in 1998, worked in the oil fields outside Odessa, Texas, and moved to Colorado in 2003.',
    ].join('\n\n');
    expect(draftsOf(body, '2026-02-02').find((d) => d.primary)!.city).not.toBe('Odessa');
  });
});

describe('extractIncidents: an officer\'s trial (stop 50)', () => {
  it('dates the shooting by its own day, not the day the jury was told, and keeps an earlier episode "in which" he fired apart', () => {
    const body = [
      'DENVER — A federal immigration officer who shot and killed a car-wash employee during an arrest attempt last summer did so because he feared for his life, his attorney told jurors Monday.',
      'Derek Haines, 38, a deportation officer with U.S. Immigration and Customs Enforcement, is charged with second-degree murder in the Aug. 14 death of Julio Ramírez Ochoa, 34, who was shot twice in the back outside a car wash on Federal Boulevard.',
      'Before the jury was seated, the judge denied a defense motion to bar any mention of a 2021 episode in El Paso, Texas, in which Haines, then a Border Patrol agent, fired at a pickup at a port of entry. No one was hit.',
    ].join('\n\n');
    const drafts = draftsOf(body, '2026-03-10');
    const primary = drafts.find((d) => d.primary)!;
    expect([primary.date, primary.city]).toEqual(['2025-08-14', 'Denver']);
    expect(primary.persons.find((p) => p.role === 'subject')?.name).toBe('Julio Ramírez Ochoa');
    expect(drafts.filter((d) => !d.primary).map((d) => d.city)).toEqual(['El Paso']);
  });
});

describe('extractIncidents: "the first … since 2012, when …" (stop 50)', () => {
  it('reads the earlier killing told in the count\'s "when" clause as an incident of its own, dated by its year', () => {
    const body = [
      'NOGALES, Ariz. — A Border Patrol agent fired through the border fence on Friday and killed Jesús Ortega Villalobos, 19, on a sidewalk in Nogales, Sonora.',
      "Friday's shooting is the first fatal cross-border shooting in the Nogales area since 2012, when an agent fired through the fence and killed a 16-year-old on the same street.",
    ].join('\n\n');
    const drafts = draftsOf(body, '2026-03-15');
    const primary = drafts.find((d) => d.primary)!;
    expect(primary.claims.filter((c) => c.facet === 'age').map((c) => c.value)).toEqual(['19']);
    expect(drafts.filter((d) => !d.primary).map((d) => [d.date, d.datePrecision])).toEqual([['2012-01-01', 'year']]);
  });
});

describe('extractIncidents: one of a group brought in anew (stop 50)', () => {
  it('gives the man shot neither the age nor the record of "One of them, a 34-year-old Honduran man"', () => {
    const draft = primaryOf(
      [
        'EL PASO, Texas — A Border Patrol agent shot Édgar Meléndez Carrasco, 27, on Monday night near the Bridge of the Americas, the agency said.',
        'Agents were arresting three migrants at the time, the agency said. One of them, a 34-year-old Honduran man, had been previously deported three times, according to the agency.',
      ].join('\n\n'),
    );
    expect(draft.claims.filter((c) => c.facet === 'age' || c.facet === 'citizenship').map((c) => c.value)).toEqual(['27']);
  });
});

describe('extractIncidents: the one who remains hospitalized (stop 52)', () => {
  it('reads a man named before "remains hospitalized" as the one shot, not a passenger the complaint charges', () => {
    const body = [
      'CALEXICO, Calif. — Relatives of a man shot by a Border Patrol agent near the canal last week disputed the government\'s account on Wednesday, as prosecutors charged his passenger with smuggling.',
      'Javier Montes Quiroga, 41, a farmworker from Mexicali, Baja California, remains hospitalized at El Centro Regional Medical Center with gunshot wounds to his abdomen and right arm. He was shot at about 3:15 a.m. on Jan. 14 on Anza Road, after agents tried to stop the Tahoe he was driving.',
      'A complaint filed Tuesday charges the passenger, Édgar Saúl Pineda, 26, with transporting undocumented immigrants.',
    ].join('\n\n');
    const main = primaryOf(body).persons.find((p) => p.name === 'Javier Montes Quiroga');
    expect(main).toMatchObject({ role: 'subject', outcome: 'injured', injuries: 'gunshot wounds to his abdomen and right arm' });
  });
});


describe('extractIncidents: force told in a courtroom (stop 52)', () => {
  it('reads "shocked twice with a Taser" and "drove him into a storefront window" as force in a particular event', () => {
    const taser = 'HOUSTON — Luis Sarmiento, 27, was arrested Jan. 14 at his apartment by ICE officers. He was shocked twice with a Taser, his lawyer told the immigration judge.';
    expect(draftsOf(taser, '2026-01-20').find((d) => d.primary)?.force).toEqual(['taser']);
    const window = 'NEWARK, N.J. — Armando Teixeira, 52, was walking to open his shop on Nov. 17 when four men came at him from a van, his lawyer told the judge. One of them, she said, hooked his legs and drove him into a storefront window.\n\nICE said officers arrested Teixeira.';
    expect(draftsOf(window, '2025-11-20').find((d) => d.primary)?.force).toEqual(['physical force']);
    // A car driven into a wall is no force on a person.
    expect(draftsOf('NEWARK, N.J. — ICE officers watched as Armando Teixeira, 52, drove his van into a wall on Nov. 17.', '2025-11-20')).toEqual([]);
  });

  it('reads "struck and killed by a U.S. Customs and Border Protection vehicle" and "a CBP Ford Expedition … hit him" as a vehicle (stop 58)', () => {
    expect(draftsOf('A boy was struck and killed by a U.S. Customs and Border Protection vehicle in McAllen on Saturday.', '2026-05-04').find((d) => d.primary)?.force).toEqual(['struck with a vehicle']);
    expect(draftsOf('A CBP Ford Expedition chasing a smuggling vehicle ran a red light and hit him in McAllen on Saturday.', '2026-05-04').find((d) => d.primary)?.force).toContain('struck with a vehicle');
  });

  it('reads "shocked a 16-year-old with a Taser" as force (stop 58)', () => {
    const lede = 'A Border Patrol agent shocked a 16-year-old with a Taser in a Chula Vista parking lot on Saturday.';
    expect(draftsOf(lede, '2026-05-04').find((d) => d.primary)?.force).toEqual(['taser']);
  });
});

describe('extractIncidents: the officer hurt, a case years before (stop 52)', () => {
  const story = [
    'SUNLAND PARK, N.M. — A U.S. Border Patrol agent was struck in the face by a rock Thursday night and fired his weapon, wounding a 19-year-old man, U.S. Customs and Border Protection said Friday.',
    'The agency said the man, later identified as Julián Ochoa Ramírez, was struck in the leg.',
    'In 2010, a Border Patrol agent shot and killed 15-year-old Sergio Hernández under a railroad bridge in El Paso.',
  ].join('\n\n');

  it('gives the one shot his own wound, not the face the rock struck', () => {
    const main = primaryOf(story).persons.find((p) => p.name === 'Julián Ochoa Ramírez');
    expect(main).toMatchObject({ role: 'subject', injuries: 'struck in the leg' });
  });

  it('tells a shooting a paragraph dates "In 2010" apart from the one the story is about', () => {
    const drafts = draftsOf(story, '2026-02-06');
    expect(drafts.find((d) => d.primary)?.persons.map((p) => p.name)).toEqual(['Julián Ochoa Ramírez']);
    expect(drafts.find((d) => !d.primary)).toMatchObject({ date: '2010-01-01', persons: [{ name: 'Sergio Hernández', outcome: 'killed' }] });
  });
});

describe('extractIncidents: the outlet named in the text (stop 52)', () => {
  it('takes no person for the outlet\'s own name ("she told Meridian")', () => {
    const body =
      'WASHINGTON (Meridian) — Agents have opened fire five times since October, according to a Meridian Data Desk review of agency statements.\n\n' +
      'Luis Ortega Beltrán, 29, was shot and killed by an ICE officer in Aurora on Oct. 3. ICE said in a statement that Ortega "accelerated his vehicle toward officers." His sister, Marisol Ortega, said the car was barely moving. "He was trying to back out of the space. They shot through the side window," she told Meridian.';
    const names = draftsOf(body, '2025-10-10', 'Meridian Data Desk').flatMap((d) => d.persons.map((p) => p.name));
    expect(names).toContain('Luis Ortega Beltrán');
    expect(names).not.toContain('Meridian');
  });
});

describe("extractIncidents: the subject's age beside her child's (stop 59)", () => {
  it('reads "She was 36 when she died" as her age, not the 14 of "a 14-year-old son"', () => {
    const body = [
      'EL PASO, Texas — Ana Lucía Pérez was remembered Saturday at a funeral Mass.',
      'She was 36 when she died on April 25, after a Border Patrol agent tackled her to the pavement on Montana Avenue. She died two days later at a hospital.',
      "Pérez was born in Ciudad Juárez. She had a 14-year-old son, Mateo, and had been caring for her father.",
    ].join('\n\n');
    const subject = primaryOf(body).persons.find((p) => p.name === 'Ana Lucía Pérez');
    expect(subject?.age).toBe(36);
  });
});

describe('extractIncidents: the one shot, who speaks as no subject (stop 66)', () => {
  it('keeps "Teodoro Villalba Arriaga, who was shot on July 8," the subject though he speaks, over a man a later paragraph tells of', () => {
    const body = [
      'The federal government has agreed to pay $850,000 to settle a lawsuit brought by a Houston tire technician who was shot by an ICE officer last summer.',
      'It resolves all claims brought by Teodoro Villalba Arriaga, who was shot on July 8, 2025, in the parking lot of a tire shop.',
      '"I still don\'t sleep well," Villalba told reporters.',
      'In February, the government agreed to pay $300,000 to Luis Carrasco, 41, who suffered a broken pelvis when a Border Patrol agent\'s SUV struck him. Carrasco was charged with illegal reentry.',
    ].join('\n\n');
    const subject = draftsOf(body, '2026-04-22')[0].persons.find((p) => p.role === 'subject');
    expect(subject?.name).toBe('Teodoro Villalba Arriaga');
  });
});

describe('extractIncidents: a second man detained at the scene (stop 67)', () => {
  it('takes "a second man who was detained at the scene, 41-year-old Julio Paz" for no subject, and his age for no claim of the subject\'s', () => {
    const body = [
      'SALEM, Ore. — An ICE officer shot Tomás Araujo Villalba, 26, outside a laundromat on Feb. 10.',
      'Separately, a second man who was detained at the scene, 41-year-old Julio Paz, was released from ICE custody on Friday, according to his attorney, Stephen Okwu.',
    ].join('\n\n');
    const primary = primaryOf(body);
    expect(primary.persons.filter((p) => p.role === 'subject').map((p) => p.name)).toEqual(['Tomás Araujo Villalba']);
    expect(primary.claims.filter((c) => c.facet === 'age').map((c) => c.span.text)).not.toContainEqual(expect.stringContaining('41-year-old'));
  });
});

describe('extractIncidents: the officer charged over a shooting (stop 68)', () => {
  it('reads the one charged "in the shooting of" another as the officer, not a subject', () => {
    const body =
      'A federal judge in Portland on Tuesday declined to dismiss state assault charges against an Immigration and Customs Enforcement officer who shot a man in a parking lot in January.\n\n' +
      'Kyle Brandt, 41, is charged with second-degree assault, unlawful use of a weapon and two counts of reckless endangerment in the Jan. 14 shooting of Julián Arce Montoya. Arce, 34, was struck twice.';
    expect(rolesOf(body)).toEqual([
      ['Kyle Brandt', 'officer'],
      ['Julián Arce Montoya', 'subject'],
    ]);
  });
});

describe('extractIncidents: photo credits (stop 68)', () => {
  it('takes no photographer for a person of the incident', () => {
    const body = [
      'A Border Patrol agent shot Mateo Quintanilla Reyes in Sunnyside on Saturday.',
      'Marchers carry a banner reading "Justicia para Mateo" along East Edison Avenue in Sunnyside, Wash., on Sunday, Jan. 18, 2026. (Photo: Nadia Ferris/Yakima Valley Ledger)',
      'Rosalba Reyes, the mother of Mateo Quintanilla Reyes, is embraced by supporters. "My son is 19 years old. He went to buy tortillas and they shot him in the neck," she told the crowd in Spanish. (Photo: Nadia Ferris/Yakima Valley Ledger)',
      'Daniela Quintanilla, 16, holds a photo of her brother. He was "the one who drove everybody everywhere," she said. (Photo: Nadia Ferris/Yakima Valley Ledger)',
      'A protester holds a sign that reads "HE WAS BACKING UP" outside the police station. Cellphone video recorded by a bystander appears to show the car moving in reverse when the agent fired. (Photo: Nadia Ferris/Yakima Valley Ledger)',
    ].join('\n\n');
    const names = draftsOf(body, '2026-01-19').flatMap((d) => d.persons.map((p) => p.name));
    expect(names).toContain('Mateo Quintanilla Reyes');
    expect(names).not.toContain('Nadia Ferris');
  });
});

describe('extractIncidents: a public affairs officer is no officer of the incident (stop 69)', () => {
  it('lists no "ICE public affairs officer Dana Whitcomb" among the people, and keeps a deportation officer', () => {
    const body = [
      'TUCSON, Ariz. — An ICE deportation officer shot Ezequiel Tovar, 34, in a tire-shop lot on Nov. 14.',
      'The press release, attributed to ICE public affairs officer Dana Whitcomb, said an officer fired one round.',
      'Deportation Officer Kyle Brandt fired the shots, the report says.',
    ].join('\n\n');
    expect(rolesOf(body)).toEqual([
      ['Ezequiel Tovar', 'subject'],
      ['Kyle Brandt', 'officer'],
    ]);
  });
});

describe('extractIncidents: a letter\'s addressee and a case named by its place (stop 71)', () => {
  it('makes no person of "Dear Ms. Armendáriz:" nor of "The 2024 Rio Rico incident"', () => {
    const body =
      'Ms. Lydia Armendáriz\nExecutive Editor\n\nDear Ms. Armendáriz:\n\nOn March 20, a Border Patrol agent in Nogales, Arizona, fired his weapon at a subject who advanced on him with a knife. The subject was struck and taken to a hospital.\n\nThe 2024 Rio Rico incident involved a different agent.';
    expect(primaryOf(body).persons.map((p) => p.name)).not.toContain('Lydia Armendáriz');
    expect(primaryOf(body).persons.map((p) => p.name)).not.toContain('Rio Rico');
  });
});
