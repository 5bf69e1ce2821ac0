import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

/** Each attribution's speaker as [name, role]. */
function speakers(text: string): [string | null, string | null][] {
  return analyseText(text, { anchorDate: '2026-03-10', bodyStart: 0, outlet: null }).attributions.map((a) => [a.speaker?.name ?? null, a.speaker?.role ?? null]);
}

describe('describePerson: a title of a subdivision', () => {
  it('reads a federal agency\'s commissioner as an official, a county\'s as elected (stop 47)', () => {
    const roles = (text: string) => analyseText(text, { anchorDate: '2026-02-08' }).attributions.map((a) => a.speaker?.role ?? null);
    expect(roles('"This was an ambush," CBP Commissioner Dale Whitford said.')).toEqual(['official']);
    expect(roles('Cook County Commissioner Anthony Quezada said he saw no one throw anything.')).toEqual(['elected_official']);
  });

  it('reads "chief patrol agent of the Tucson Sector" as an official, not "chief executive of the Baxter Unit" (stop 46)', () => {
    const lead = 'Agents shot Rodrigo Fuentes near Sasabe on Feb. 3.\n\n';
    expect(speakers(`${lead}"He was ambushed," said Sergio Quintana, chief patrol agent of the Tucson Sector.`)[0]).toEqual(['Sergio Quintana', 'official']);
    expect(speakers(`${lead}"He was ambushed," said Dana Ruiz, special agent in charge of the Phoenix Field Office.`)[0]).toEqual(['Dana Ruiz', 'official']);
    expect(speakers(`${lead}"He was ambushed," said Dana Ruiz, chief executive of the Baxter Unit.`)[0]).toEqual(['Dana Ruiz', 'other']);
  });
});

describe('describePerson: a witness or an officer named before', () => {
  it('reads "Another witness, Emily Heller, 29," and "The woman who recorded it, Ana Vela," as witnesses (stop 46)', () => {
    const lead = 'Agents shot Rodrigo Fuentes in Salem on Feb. 3.\n\n';
    expect(speakers(`${lead}Another witness, Emily Heller, 29, said agents kept a doctor away.`)[0]).toEqual(['Emily Heller', 'witness']);
    expect(speakers(`${lead}The woman who recorded it, Ana Vela, said the man had his hands up.`)[0]).toEqual(['Ana Vela', 'witness']);
    expect(speakers(`${lead}A lawyer, Ben Alvarez, 29, said the man had his hands up.`)[0]).toEqual(['Ben Alvarez', 'other']);
  });

  it('reads the agent "identified in court as" a name as an official when he speaks (stop 46)', () => {
    const text = 'Agents shot Rodrigo Fuentes in Salem on Feb. 3.\n\nA complaint says an agent, identified in court as Charles Exum, fired five shots. Exum testified that he feared for his life.';
    expect(speakers(text)[1]).toEqual(['Charles Exum', 'official']);
  });

  it('reads "The mother" as the mother just named, and a list of parties as no one (stop 46)', () => {
    const text = "Agents shot Daniela Fuentes in Salem on Feb. 3.\n\nFuentes's mother, Carmen Fuentes, said her daughter called her. The mother said Daniela was scared.";
    expect(speakers(text)).toEqual([['Carmen Fuentes', 'family'], ['Carmen Fuentes', 'family']]);
    expect(speakers('An agent shot Daniela Fuentes on Feb. 3, according to the family, witnesses and a federal official.')).toEqual([[null, null]]);
  });

  it('reads "Herrera himself" as Herrera (stop 46)', () => {
    const text = 'Agents shot Tomás Herrera in Salem on Feb. 3.\n\nIn a letter to the court, Herrera himself described the shooting in his own words:\n\n"I put my hands up."';
    expect(speakers(text)).toEqual([['Tomás Herrera', 'subject']]);
  });

  it('gives a person the office the text names only later in what they said before (stop 46)', () => {
    const text = 'Agents shot Rodrigo Fuentes in Salem on Feb. 3.\n\nTricia McLaughlin said the agents were attacked. "They rammed our agents," McLaughlin, DHS assistant secretary, said later.';
    expect(speakers(text)).toEqual([['Tricia McLaughlin', 'official'], ['Tricia McLaughlin', 'official']]);
  });
});

describe('describePerson: the first witness after a sentence that brings in their account (stop 61)', () => {
  const lede = 'ICE officers shot a man in Santa Ana. DHS said he rammed a vehicle. ';
  it('reads one named right after "Witnesses offered a different account." as a witness, then and after', () => {
    const text = `${lede}Witnesses offered a different account. Tomás Beltrán, a day laborer, told KTLA the truck was stopped. "They never gave him a chance," Beltrán said.`;
    expect(speakers(text).slice(1)).toEqual([
      ['Tomás Beltrán', 'witness'],
      ['Tomás Beltrán', 'witness'],
    ]);
  });

  it('reads no witness after a sentence that reports what witnesses said, or one named inside another\'s sentence', () => {
    expect(speakers(`${lede}Witnesses said the truck was stopped. Tomás Beltrán told KTLA the truck was stopped.`).at(-1)).toEqual(['Tomás Beltrán', 'other']);
  });
});

describe('describePerson: a witness', () => {
  it('reads "who lives nearby and said he saw the shooting" after the name as a witness', () => {
    const text = 'Agents shot Rodrigo Fuentes in Salem on Feb. 3.\n\n"They shot him for trying to leave," said Hector Ibarra, who lives in the complex and said he saw the shooting from his balcony.';
    expect(speakers(text)[0]).toEqual(['Hector Ibarra', 'witness']);
    // A neighbour who says nothing of seeing it is no witness.
    const neighbour = 'Agents shot Rodrigo Fuentes in Salem on Feb. 3.\n\n"He was a good man," said Hector Ibarra, who lives in the complex and said he knew him for years.';
    expect(speakers(neighbour)[0]).toEqual(['Hector Ibarra', 'other']);
  });

  it('reads a clause inside the source that puts the speaker at the scene or has her watch as a witness', () => {
    const lead = 'Agents shot Rodrigo Fuentes in Salem on Feb. 3.\n\n';
    expect(speakers(`${lead}Maria Ochoa, who was loading groceries two spaces away, said the car was backing out slowly.`)[0]).toEqual(['Maria Ochoa', 'witness']);
    expect(speakers(`${lead}Maria Ochoa, who watched from her porch, said the car was backing out slowly.`)[0]).toEqual(['Maria Ochoa', 'witness']);
    // Living, not standing, a few doors away puts no one at the scene.
    expect(speakers(`${lead}Maria Ochoa, who lives a few doors away, said he was a good neighbour.`)[0]).toEqual(['Maria Ochoa', 'other']);
  });

  it('reads a who-clause at the scene with no comma before it, or before the name, as a witness; not one after whom the speaker speaks for', () => {
    const lead = 'Agents shot Rodrigo Fuentes in Salem on Feb. 3.\n\n';
    expect(speakers(`${lead}"There was no warning," said Hana Vos, a legal observer with the Lawyers Guild who was at the scene.`)[0]).toEqual(['Hana Vos', 'witness']);
    expect(speakers(`${lead}A trucker who was in the next lane, Jorge Villar, told the Ledger the car was moving slowly.`)[0]).toEqual(['Jorge Villar', 'witness']);
    // The man was at the scene; his lawyer was not.
    expect(speakers(`${lead}"He was unarmed," said Ana Ruiz, a lawyer for the man who was at the scene.`)[0]?.[1]).not.toBe('witness');
  });

  it('reads the clause past an age: "said Keyla Marín, 23, who lives in the building and said she watched" (stop 43)', () => {
    const text = 'Agents shot a man on Sunday.\n\n"He was on his knees," said Keyla Marín, 23, who lives in the building and said she watched from her window.';
    expect(speakers(text)[0]).toEqual(['Keyla Marín', 'witness']);
  });

  it('reads "the agent who fired, Charles Exum," as an official, "The man who fired, Tom Lee," not (stop 43)', () => {
    expect(speakers('Agents shot a woman in October. In a hearing, the agent who fired, Charles Exum, testified that he feared for his life.')[0]).toEqual(['Charles Exum', 'official']);
    expect(speakers('Agents shot a woman in October. The man who fired, Tom Lee, said he was scared.')[0]).toEqual(['Tom Lee', 'other']);
  });

  it('carries "she heard three shots" on as a witness in a story of force by officers, not in a story of a debate (stop 42)', () => {
    const force = 'Agents shot Rodrigo Fuentes in Salem on Feb. 3.\n\nAna Ruiz said she heard three shots. "It was so loud," Ruiz said.';
    expect(speakers(force)).toEqual([
      ['Ana Ruiz', 'witness'],
      ['Ana Ruiz', 'witness'],
    ]);
    const debate = 'The debate ran late on Feb. 3.\n\nAna Ruiz said she watched it from home. "It was so loud," Ruiz said.';
    expect(speakers(debate)).toEqual([
      ['Ana Ruiz', 'witness'],
      ['Ana Ruiz', 'other'],
    ]);
  });

  it('reads one who did not see a weapon as a witness, in her later attributions too', () => {
    const text = 'Agents shot Rodrigo Fuentes in Salem on Feb. 3.\n\nJorge Peña, 45, told the Herald he did not see a knife. "He had a phone in his hand," Peña said.';
    expect(speakers(text)).toEqual([
      ['Jorge Peña', 'witness'],
      ['Jorge Peña', 'witness'],
    ]);
  });
});

describe('describePerson: the government\'s attorney (stop 52)', () => {
  it('reads "The government\'s attorney, Kenneth Abernathy" as the state\'s counsel, not the detainee\'s', () => {
    const text = 'ICE officers used a Taser on Luis Sarmiento, 27, on Jan. 14. The government\'s attorney, Kenneth Abernathy, told the judge that Sarmiento lunged at an officer.';
    expect(speakers(text)[0]).toEqual(['Kenneth Abernathy', 'prosecutor']);
    // A federal public defender is still the defendant's.
    expect(speakers('ICE officers used a Taser on Luis Sarmiento, 27, on Jan. 14. His federal public defender, Ana Ruiz, told the judge he never lunged.')[0]).toEqual(['Ana Ruiz', 'subject_counsel']);
  });
});

describe('describePerson: a federal defender by the title before the name (stop 61)', () => {
  it('reads "Assistant Federal Defender Kevin Nakashima" as counsel, and no "Defender" in his name', () => {
    const text = 'ICE officers shot Luis Sarmiento, 27, on Jan. 14. Assistant Federal Defender Kevin Nakashima told the judge that Sarmiento never lunged. "Every version has gotten smaller," Nakashima said.';
    expect(speakers(text)).toEqual([
      ['Kevin Nakashima', 'subject_counsel'],
      ['Kevin Nakashima', 'subject_counsel'],
    ]);
  });
});

describe('describePerson: an office whose last word is "attorney" (stop 57)', () => {
  it('reads "The district attorney, Elena Barragán" and "the Cochise County attorney" as the prosecutor, "His attorney" as counsel', () => {
    const shot = 'Border Patrol agents shot Luis Ortega in Yuma on Monday. ';
    expect(speakers(shot + 'The district attorney, Elena Barragán, said her office would review the case.')[0]).toEqual(['Elena Barragán', 'prosecutor']);
    expect(speakers(shot + 'Elena Barragán, the Cochise County attorney, said her office would review the case.')[0]).toEqual(['Elena Barragán', 'prosecutor']);
    expect(speakers(shot + 'His attorney, Elena Barragán, said he was unarmed.')[0]).toEqual(['Elena Barragán', 'subject_counsel']);
  });
});

describe('describePerson: a title set off whole, whatever word inside it reads as a head (stop 57)', () => {
  const shot = 'ICE officers shot a man on Monday. ';
  it('reads "the police chief" and "the field office director" after the name as the office', () => {
    expect(speakers(shot + 'Daniel Crowe, the police chief, said the officers acted lawfully.')[0]).toEqual(['Daniel Crowe', 'official']);
    expect(speakers(shot + 'Daniel Crowe, the field office director, said the officers acted lawfully.')[0]).toEqual(['Daniel Crowe', 'official']);
  });

  it('reads a title after an agency\'s unit as an office of the agency, and a title set off in a sentence that reports nothing', () => {
    expect(speakers("Agents shot a man on Monday. CBP's El Paso Sector chief, Gregory Almaraz, said the driver tried to run him over.")[0]).toEqual(['Gregory Almaraz', 'official']);
    const brennan = shot + 'Todd Brennan, the field office director for ICE Enforcement and Removal Operations in Boston, rejected that account. He said the officers acted lawfully.';
    expect(speakers(brennan).at(-1)).toEqual(['Todd Brennan', 'official']);
  });
});

describe('describePerson: the subject\'s wife and the family\'s lawyer, beside the officer\'s (stop 52)', () => {
  it('reads "the lawyer for the Paredes family" as the subject\'s counsel and "Lucía Paredes said her husband" as his kin', () => {
    const text =
      'ELGIN, Ill. — An immigration officer shot Héctor Manuel Paredes, 34, in a store parking lot on Feb. 10.\n\n' +
      'Gregory Stanek, the officer\'s attorney, said the hand injury is real. Danielle Okafor, the lawyer for the Paredes family, said he has never been ordered removed.\n\n' +
      'Lucía Paredes said her husband had been described unfairly.';
    expect(speakers(text)).toEqual([
      ['Gregory Stanek', 'other'],
      ['Danielle Okafor', 'subject_counsel'],
      ['Lucía Paredes', 'family'],
    ]);
  });
});

describe('describePerson: whom a spokesperson speaks for', () => {
  it('gives a family’s spokesperson the family’s side, a company’s or a campaign’s none of the officials’', () => {
    expect(speakers('Tom Hale, the family’s spokesman, said the man was kind.')[0]).toEqual(['Tom Hale', 'family']);
    expect(speakers('Jose Ruiz was shot Monday. Tom Hale, a spokesman for the Ruiz family, said the man was kind.')[0]).toEqual(['Tom Hale', 'family']);
    expect(speakers('Tom Hale, a campaign spokesman, said the rally was full.')[0]).toEqual(['Tom Hale', 'other']);
    expect(speakers('Tom Hale, a spokesman for the hospital, said the man was stable.')[0]).toEqual(['Tom Hale', 'other']);
  });

  it('gives a coalition’s spokesperson no official’s role, by title or by description (stop 52)', () => {
    expect(speakers('"He was unarmed," said Coalition spokesperson Maria Duarte.')[0]).toEqual(['Maria Duarte', 'other']);
    expect(speakers('Maria Duarte, the coalition’s spokeswoman, said he was unarmed.')[0]).toEqual(['Maria Duarte', 'other']);
    expect(speakers('"He was unarmed," said Family spokesman Tom Hale.')[0]).toEqual(['Tom Hale', 'family']);
    // A government's still speaks for it: "County spokeswoman", "Department spokesman".
    expect(speakers('"He was armed," said County spokeswoman Maria Duarte.')[0]).toEqual(['Maria Duarte', 'official']);
    expect(speakers('"He was armed," said Department spokesman Tom Hale.')[0]).toEqual(['Tom Hale', 'official']);
  });

  it('gives a government’s spokesperson, or one with nothing said of whom, an official’s role', () => {
    expect(speakers('Tom Hale, a military spokesman, said the raid worked.')[0]).toEqual(['Tom Hale', 'official']);
    expect(speakers('Tom Hale, a spokesman for the department, said the man was armed.')[0]).toEqual(['Tom Hale', 'official']);
    expect(speakers('Tom Hale, a spokesman, said the man was armed.')[0]).toEqual(['Tom Hale', 'official']);
    expect(speakers('Tom Hale, a spokesman for Gov. Ana Ruiz, said the bill was dead.')[0]).toEqual(['Tom Hale', 'elected_official']);
    // The principal the document titled before: "Defense Secretary Ana Ruiz … Ruiz's press secretary".
    expect(speakers('Defense Secretary Ana Ruiz spoke Monday. Ruiz’s press secretary, Tom Hale, said the trip was off.')[0]).toEqual(['Tom Hale', 'official']);
  });

  it('gives a bare "Spokesperson" before a name the body or group named last, a government\'s with none (stop 61)', () => {
    const organizers = 'Organizers with the Tacoma Immigrant Solidarity Network insisted the protest had been peaceful. Spokesperson Luis Carrera said nothing had been thrown.';
    expect(speakers(organizers)[1]).toEqual(['Luis Carrera', 'other']);
    expect(speakers('The agents fired tear gas. DHS said the officers acted lawfully. Spokesperson Luis Carrera said the crowd threw rocks.')[1]).toEqual(['Luis Carrera', 'official']);
    expect(speakers('Spokesperson Luis Carrera said the crowd threw rocks.')[0]).toEqual(['Luis Carrera', 'official']);
  });

  it('reads "Principal" before a name as a title, no part of the name (stop 52)', () => {
    expect(speakers('Principal Patricia Galván said the students were scared.')[0]).toEqual(['Patricia Galván', 'other']);
  });

  it('lets an office after the name outrank a courtesy title before it', () => {
    expect(speakers('Dr. Lena Hart, the county’s chief medical examiner, said the wounds were in the back.')[0]).toEqual(['Lena Hart', 'official']);
    expect(speakers('Dr. Lena Hart, who teaches at the college, said the study was small.')[0]).toEqual(['Lena Hart', 'other']);
  });
});

describe('describePerson: a relative who shares the surname', () => {
  it('keeps the surname alone for the one the story is about, not his wife named in full', () => {
    const text =
      'Speaking from his hospital bed after he was shot by an agent, Ernesto Valdivia said he had raised his hands.\n\n"I had my hands up," Valdivia, 38, told the paper.\n\nValdivia was struck twice, in the hip. Doctors expect him to walk again, his wife, Lucia Valdivia, said. Valdivia said he did not own a gun.';
    expect(speakers(text)).toEqual([
      ['Ernesto Valdivia', 'subject'],
      ['Ernesto Valdivia', 'subject'],
      ['Lucia Valdivia', 'family'],
      ['Ernesto Valdivia', 'subject'],
    ]);
  });
});

describe('describePerson: an officer of a body whose name holds an agency’s', () => {
  it('gives the president of an agents’ union the union, never the agency', () => {
    expect(speakers('"He had seconds to decide," said Tom Hale, the president of the National Border Patrol Council.')[0]).toEqual(['Tom Hale', 'other']);
    expect(speakers('Ana Ruiz, the director of the Border Patrol, said the agent was right.')[0]).toEqual(['Ana Ruiz', 'official']);
  });
});

describe('describePerson: a lawyer whose client the text does not name', () => {
  it("gives no side to an attorney in a story that speaks of the officer's attorney", () => {
    const text =
      'The attorney for the Immigration and Customs Enforcement officer who shot Maribel Ochoa said Monday that his client feared for his life.\n\n"The car was coming at him," said the attorney, Gregory Lindqvist.\n\nOchoa\'s family, through their attorney, Deborah Chen, said the video showed otherwise.';
    expect(speakers(text).slice(1)).toEqual([
      ['Gregory Lindqvist', 'other'],
      ['Deborah Chen', 'subject_counsel'],
    ]);
  });

  it("keeps a lawyer the subject's counsel where no officer's lawyer is spoken of", () => {
    const text = 'An ICE officer shot Maribel Ochoa on Jan. 9.\n\n"She was driving away," said the attorney, Gregory Lindqvist.';
    expect(speakers(text)).toEqual([['Gregory Lindqvist', 'subject_counsel']]);
  });
});

describe('describePerson: an office and whose it is', () => {
  it('gives a vice president the vice presidency, not the presidency', () => {
    const affiliation = (text: string) => analyseText(text, { anchorDate: '2026-03-10', bodyStart: 0, outlet: null }).attributions[0]?.speaker?.affiliation;
    // Holders the vocabulary lists (vocab/roles.json nationalOfficeHolders; stop 64).
    expect(affiliation('Vice President JD Vance said the agent should be charged.')).toBe('Vice President of the United States');
    expect(affiliation('President Donald Trump said the agent should be charged.')).toBe('President of the United States');
  });
});

describe('describePerson: an office held once', () => {
  /** Each attribution's speaker as [name, role, affiliation]. */
  const described = (text: string) =>
    analyseText(text, { anchorDate: '2026-03-10', bodyStart: 0, outlet: null }).attributions.map((a) => [a.speaker?.name ?? null, a.speaker?.role ?? null, a.speaker?.affiliation ?? null]);

  it('gives a former or retired officer no role of the agency, and names the office held', () => {
    expect(described('Marcus Feld, a former ICE supervisor who now consults for police departments, said the agency should release its numbers.')[0]).toEqual(['Marcus Feld', 'other', 'former ICE supervisor']);
    expect(described('Dana Ruiz, a retired Border Patrol agent, said the numbers were wrong.')[0]).toEqual(['Dana Ruiz', 'other', 'retired Border Patrol agent']);
    expect(described('Former ICE director Lena Ortiz said the policy was wrong.')[0]).toEqual(['Lena Ortiz', 'other', 'former ICE director']);
    expect(described('The policy was wrong, said former Border Patrol Chief Tomas Reyes.')[0]).toEqual(['Tomas Reyes', 'other', 'former Border Patrol Chief']);
  });

  it('keeps the office a person holds now, and reads "former" only of the person described', () => {
    expect(described('ICE Director Lena Ortiz said the policy was working.')[0]).toEqual(['Lena Ortiz', 'official', 'U.S. Immigration and Customs Enforcement']);
    // A current title before the name outranks an office held once after it.
    expect(described('Agriculture Secretary Tom Hale, a former Iowa governor, said the farm bill was dead.')[0]?.slice(0, 2)).toEqual(['Tom Hale', 'official']);
    // "former" of someone else: the person's clients, or the candidate his committee backs.
    expect(described('Tom Lee, a lawyer for former agents, said the numbers were wrong.')[0]?.slice(0, 2)).toEqual(['Tom Lee', 'subject_counsel']);
    expect(described('The super PAC backing former Florida Gov. Sam Park for president, Mike Murphy, praised the ad.')[0]).toEqual(['Mike Murphy', 'other', null]);
  });
});

describe('describePerson: a lawyer the story gives no client', () => {
  it('reads "an immigration lawyer who has tracked pursuits" as nobody’s counsel, and a lawyer for someone as counsel', () => {
    expect(speakers('Ana Ruiz, an immigration lawyer who has tracked Border Patrol pursuits, said agents should not chase vans.')[0]).toEqual(['Ana Ruiz', 'other']);
    expect(speakers('Ana Ruiz, a civil rights attorney, said the shooting was unjustified.')[0]).toEqual(['Ana Ruiz', 'other']);
    expect(speakers('Ana Ruiz, a lawyer for the family, said he was unarmed.')[0]).toEqual(['Ana Ruiz', 'subject_counsel']);
    expect(speakers('Tomas Vidal was shot on Monday. His lawyer, Ana Ruiz, said he was unarmed.')[0]).toEqual(['Ana Ruiz', 'subject_counsel']);
    expect(speakers('Tomas Vidal was shot on Monday. Immigration lawyer Ana Ruiz, who is representing the family, said he was unarmed.')[0]).toEqual(['Ana Ruiz', 'subject_counsel']);
  });
});

describe('describePerson: kin quoted in a sentence that tells what happened', () => {
  it('reads "…, said her son, José Cruz" as the son speaking of an unnamed woman, not as the one shot', () => {
    expect(speakers('ICE agents shot a woman on Sunday. She was hit twice in the arm and is recovering, said her son, José Cruz.')[0]).toEqual(['José Cruz', 'family']);
    // A named subject stays the subject, and her son her family.
    expect(speakers('ICE agents shot Ana Ruiz, 52, on Sunday. Ruiz was hit twice in the arm, said her son, José Cruz.')[0]).toEqual(['José Cruz', 'family']);
  });
});

describe('describePerson: at the next pump, when she heard, a council member, an in-law', () => {
  const lead = 'Agents shot Rodrigo Fuentes in Salem on Feb. 3.\n\n';

  it('reads one "who was filling his car at the next pump" as a witness, not one at the next meeting of a board', () => {
    expect(speakers(`${lead}Darius Whitaker, who was filling his car at the next pump, said agents approached the pickup.`)[0]).toEqual(['Darius Whitaker', 'witness']);
    expect(speakers(`${lead}Darius Whitaker, who was on the board, said agents approached the pickup.`)[0]).toEqual(['Darius Whitaker', 'other']);
  });

  it('reads one "who was standing on the sidewalk" after a quote as a witness (stop 45)', () => {
    const text = `${lead}"He never reached for anything," said Stella Ortiz, who was standing on the sidewalk.`;
    expect(speakers(text)[0]).toEqual(['Stella Ortiz', 'witness']);
    expect(speakers(`${lead}"He never reached for anything," said Stella Ortiz, who was standing for election.`)[0]).toEqual(['Stella Ortiz', 'other']);
  });

  it('reads words that tell what she heard or saw "when she heard shouting" as a witness’s, and her later words too', () => {
    const text = `${lead}Yolanda Pritchard, 58, who lives in a unit facing the lot, said she was making coffee when she heard shouting. "He had his hands up," Pritchard said.`;
    expect(speakers(text)).toEqual([['Yolanda Pritchard', 'witness'], ['Yolanda Pritchard', 'witness']]);
    expect(speakers(`${lead}Yolanda Pritchard, 58, said she was making coffee when she called her son.`)[0]).toEqual(['Yolanda Pritchard', 'other']);
  });

  it('reads a title of two words set off after the name ("a council member") as the office', () => {
    expect(speakers(`${lead}Teodoro Banda, a council member, said the dismissal raised questions.`)[0]).toEqual(['Teodoro Banda', 'elected_official']);
  });

  it('reads a brother-in-law as family', () => {
    expect(speakers(`${lead}His brother-in-law, Óscar Meléndez, said Fuentes was shot in the abdomen.`)[0]).toEqual(['Óscar Meléndez', 'family']);
  });
});

describe('describePerson: one who says he was 30 feet away (stop 44)', () => {
  it('reads words that put the speaker at the scene as a witness’s, in a story of force only', () => {
    const text = 'An agent shot Rogelio Esparza on Friday. A mechanic at the shop, Jorge Saldívar, said he was about 30 feet away. "The car didn\'t move forward," he said.';
    expect(speakers(text)).toEqual([['Jorge Saldívar', 'witness'], ['Jorge Saldívar', 'witness']]);
    expect(speakers('The vote ran late. Sam Reed said he was nearby when the vote happened.')[0]).toEqual(['Sam Reed', 'other']);
  });
});

describe('describePerson: one of his attorneys (stop 44)', () => {
  it('reads "one of Soto’s attorneys" after the name as his counsel, an attorney for him', () => {
    const text = 'Agents shot at Hector Soto, 36, on Friday. "He was driving away," said Lauren Okafor, one of Soto\'s attorneys.';
    expect(analyseText(text, { anchorDate: '2026-03-10', bodyStart: 0, outlet: null }).attributions[0].speaker).toMatchObject({ name: 'Lauren Okafor', role: 'subject_counsel', affiliation: 'attorney for Hector Soto' });
    // Named so outside the source, and heard from later by surname.
    const later = 'Agents shot at Hector Soto, 36, on Friday. Lauren Okafor, one of Soto\'s attorneys, filed a motion on Monday. "He was driving away," Okafor said.';
    expect(analyseText(later, { anchorDate: '2026-03-10', bodyStart: 0, outlet: null }).attributions[0].speaker).toMatchObject({ name: 'Lauren Okafor', role: 'subject_counsel', affiliation: 'attorney for Hector Soto' });
    expect(speakers('Tom Reed, one of the senators who voted no, said the bill failed.')[0]).toEqual(['Tom Reed', 'other']);
  });
});

describe('describePerson: a witness’s kin (stop 44)', () => {
  it('reads "Her husband" after a witness, in a story of a man shot, as no kin of his: a witness when he heard it', () => {
    const text =
      'A Border Patrol agent shot Yusuf Abdi, 24, on Sunday. He was hospitalized.\n\nDeborah Mills, who was shoveling her driveway across the street, said Abdi raised his hands.\n\nHer husband, Paul Mills, said he heard one shot.';
    expect(speakers(text)).toEqual([['Deborah Mills', 'witness'], ['Paul Mills', 'witness']]);
    // His own kin are his family.
    expect(speakers('A Border Patrol agent shot Yusuf Abdi, 24, on Sunday. He was hospitalized.\n\nHis brother, Hamza Abdi, said he was scared.')[0]).toEqual(['Hamza Abdi', 'family']);
  });
});

describe('describePerson: a lawyer for a government body (stop 44)', () => {
  it('reads counsel for the Department of Justice as speaking for it, not for the one force was used on', () => {
    const text = 'Agents shot Tom Hale, 30, on Friday. A lawyer for the Department of Justice, Sean Skedz, argued that agents faced violent rioters.';
    expect(speakers(text)[0]).toEqual(['Sean Skedz', 'prosecutor']);
    expect(speakers('Agents shot Tom Hale, 30, on Friday. Ana Ruiz, a lawyer for Hale, said he was unarmed.')[0]).toEqual(['Ana Ruiz', 'subject_counsel']);
  });
});

describe('describePerson: the lawyer of an officer identified in court records (stop 44)', () => {
  it('reads "His attorney" of "The officer, identified in court records as Jonathan Ross," as no counsel of the woman shot', () => {
    const text =
      'An ICE officer fatally shot Renee Good, 37, on Jan. 7.\n\nThe officer, identified in court records as Jonathan Ross, 43, has not been charged. His attorney, Mark Schlesinger, said Ross had no choice.';
    expect(speakers(text)).toEqual([['Mark Schlesinger', 'other']]);
  });
});

describe('describePerson: kin known by their own words', () => {
  it('reads one who bears the subject\'s surname and speaks of "my brother" as family, then and after (stop 50)', () => {
    const lead = 'A Border Patrol agent shot Ramiro Echeverria, 41, in Tucson on Tuesday.\n\n';
    expect(speakers(`${lead}"My brother never carried a pipe," said Alonso Echeverria. Alonso Echeverria said he has not been allowed to visit.`)).toEqual([
      ['Alonso Echeverria', 'family'],
      ['Alonso Echeverria', 'family'],
    ]);
    // Neither the surname alone nor the words alone make kin.
    expect(speakers(`${lead}"My brother never carried a pipe," said Alonso Herrera.`)[0]).toEqual(['Alonso Herrera', 'other']);
    expect(speakers(`${lead}"He never carried a pipe," said Alonso Echeverria.`)[0]).toEqual(['Alonso Echeverria', 'other']);
  });
});

describe('describePerson: presidents of no government, and a port director', () => {
  it('reads a university or student government president as no elected official, a port director as an official (stop 50)', () => {
    const roles = (text: string) => analyseText(text, { anchorDate: '2026-02-08' }).attributions.map((a) => a.speaker?.role ?? null);
    expect(roles('University President Denise Harwell wrote that the campus was safe.')).toEqual(['other']);
    expect(roles('Student government President Amara Okafor said students were scared.')).toEqual(['other']);
    expect(roles('The port director, Héctor Ibarra, said the officer feared for his life.')).toEqual(['official']);
    expect(roles('President Donald Trump said it was fine.')).toEqual(['elected_official']);
  });
});

describe('describePerson: prosecutors and officers at a trial', () => {
  it('reads a deputy district attorney as a prosecutor, and an agent called as a witness as an official (stop 50)', () => {
    const lead = 'An ICE officer shot Julio Ramírez in Denver on Aug. 14.\n\n';
    expect(speakers(`${lead}Chief Deputy District Attorney Monica Friel said the officer fired twice.`)[0]).toEqual(['Monica Friel', 'prosecutor']);
    expect(speakers(`${lead}Deputy District Attorney Ana Cole said he was unarmed.`)[0]).toEqual(['Ana Cole', 'prosecutor']);
    expect(speakers(`${lead}The second government witness, Supervisory Agent Dale Pruitt, testified that he reached the truck.`)[0]).toEqual(['Dale Pruitt', 'official']);
    expect(speakers(`${lead}A witness, Dale Pruitt, testified that he reached the truck.`)[0]).toEqual(['Dale Pruitt', 'witness']);
  });
});

describe('describePerson: the defense at an officer\'s trial', () => {
  it('reads the defense attorney as no counsel of the man shot when the officer "with U.S. Immigration and Customs Enforcement, is charged" (stop 50)', () => {
    const text = 'Derek Haines, 38, a deportation officer with U.S. Immigration and Customs Enforcement, is charged with second-degree murder in the death of Julio Ramírez Ochoa.\n\n"He had a split second," said defense attorney Grant Sorensen.';
    expect(speakers(text).at(-1)).toEqual(['Grant Sorensen', 'other']);
  });
});

describe('describePerson: a man "later identified as" a name, after agents were attacked (stop 50)', () => {
  it('reads Quintanilla, the man the department said assaulted an officer, as no officer', () => {
    const text = [
      'Agents raided a car wash on Aug. 9, and Eduardo Quintanilla was arrested.',
      'The department said agents had been "attacked by a mob" and that a man — later identified as Quintanilla — had "assaulted an officer."',
      '"This money does not give my mother back her hip," Eduardo Quintanilla said.',
    ].join('\n\n');
    expect(speakers(text).at(-1)?.[1]).not.toBe('official');
    // The officer, identified as a name, still speaks as one.
    expect(speakers('Agents shot Rodrigo Fuentes in Salem on Feb. 3.\n\nA complaint says an agent, identified in court as Charles Exum, fired five shots. Exum testified that he feared for his life.')[1]).toEqual(['Charles Exum', 'official']);
  });
});

describe('describePerson: council and school board members named by AP style titles (stop 51)', () => {
  it('gives "Council member Nadia Ferris", "Board Chair Gwen Tasaki" and "School board member Dana Kettleson" the elected officials\' role, under their surnames too', () => {
    const text = 'Council member Nadia Ferris spoke first. "It is wrong," Ferris said. Board Chair Gwen Tasaki said the board would vote. School board member Dana Kettleson said she was angry.';
    const out = analyseText(text, { anchorDate: '2026-02-10' }).attributions.map((a) => `${a.speaker?.name} [${a.speaker?.role}]`);
    expect(out).toEqual(['Nadia Ferris [elected_official]', 'Gwen Tasaki [elected_official]', 'Dana Kettleson [elected_official]']);
  });
});

describe('describePerson: a police chief and another city\'s police named paragraphs later (stop 51)', () => {
  it('gives "Interim Police Chief Heather Morrow" no department named only after her paragraph in a town not named before, and the one named in it', () => {
    const later = 'Interim Police Chief Heather Morrow told council members that two Aurora officers were dispatched.\n\nOn Jan. 14 an ICE officer in Denver fired at a truck, according to Denver police.';
    expect(analyseText(later, { anchorDate: '2026-03-10' }).attributions[0].speaker?.affiliation ?? null).toBeNull();
    const named = 'ELGIN, Ill. — The council voted Thursday.\n\nPolice Chief Ana Lalonde told the council her department was not notified.\n\nShe said Elgin police had not been given the footage.';
    expect(analyseText(named, { anchorDate: '2026-03-10' }).attributions[0].speaker?.affiliation).toBe('Elgin police');
    const same = 'Police Chief Heather Morrow said two officers were dispatched, Denver police said.';
    expect(analyseText(same, { anchorDate: '2026-03-10' }).attributions.map((a) => a.speaker?.affiliation)).toEqual(['Denver police', 'Denver police']);
  });
});

describe('describePerson: a former office with a word between "former" and the title (stop 51)', () => {
  it('gives "Former federal prosecutor Allison Drury" no prosecutor\'s role, and keeps "Federal prosecutor Ann Lee" one', () => {
    const text = 'Former federal prosecutor Allison Drury said the case was weak. Federal prosecutor Ann Lee said the case was strong.';
    const out = analyseText(text, { anchorDate: '2026-02-10' }).attributions.map((a) => [a.speaker?.name, a.speaker?.role, a.speaker?.affiliation]);
    expect(out).toEqual([
      ['Allison Drury', 'other', 'former federal prosecutor'],
      ['Ann Lee', 'prosecutor', null],
    ]);
  });
});

describe('resolveSpeakers: one role of a witness or a relative in all they say (stop 51)', () => {
  it('gives the witness\'s role to what Marcus Tillery said before the sentence that makes him one', () => {
    const text = 'Agents shot Rogelio Ibarra, 34, in Austin on Tuesday. "He was in reverse. He was backing out of his spot, real slow," said Marcus Tillery. Tillery said he heard two shots.';
    const out = analyseText(text, { anchorDate: '2026-02-11' }).attributions.map((a) => [a.speaker?.name, a.speaker?.role]);
    expect(out).toEqual([
      ['Marcus Tillery', 'witness'],
      ['Marcus Tillery', 'witness'],
    ]);
  });
});

describe('describePerson: a witness a few meters away (stop 51)', () => {
  it('makes "who was loading groceries into his car a few meters away" a witness', () => {
    const text = 'An ICE agent shot Jorge Ruiz, 30, on Monday in Ontario. "They shot him with his hands on the wheel," said Rigoberto Salgado Pérez, 52, who was loading groceries into his car a few meters away.';
    expect(analyseText(text, { anchorDate: '2026-02-10' }).attributions.map((a) => a.speaker?.role)).toEqual(['witness']);
  });
});

describe('organizations: a U.S. attorney\'s office written in lower case (stop 51)', () => {
  it('gives "The U.S. attorney\'s office for the Northern District of Illinois said" the prosecutors\' office, not the court\'s district as an official', () => {
    const text = "The U.S. attorney's office for the Northern District of Illinois said it was reviewing the decision.";
    expect(analyseText(text, { anchorDate: '2026-02-10' }).attributions.map((a) => [a.speaker?.name, a.speaker?.role])).toEqual([["U.S. Attorney's Office", 'prosecutor']]);
  });
});

describe('describePerson: "who said he watched" (stop 51)', () => {
  it('makes "said Abdi Warsame, 44, who said he watched from the service bay" a witness in both attributions', () => {
    const text = 'An ICE officer shot Jorge Ruiz, 30, on Monday in Minneapolis. "He had his hands up," said Abdi Warsame, 44, who said he watched from the service bay.';
    expect(analyseText(text, { anchorDate: '2026-02-10' }).attributions.map((a) => a.speaker?.role)).toEqual(['witness', 'witness']);
  });
});

describe('organizations: detention contractors (stop 51)', () => {
  it('gives "A spokesperson for the GEO Group" and "CoreCivic said" the company, which runs the facility for the agency', () => {
    const text = 'A spokesperson for the GEO Group, which operates the facility under contract with ICE, said staff followed policy. CoreCivic said the detainees refused orders.';
    expect(analyseText(text, { anchorDate: '2026-02-10' }).attributions.map((a) => [a.speaker?.name, a.speaker?.role])).toEqual([
      ['The GEO Group', 'official'],
      ['CoreCivic', 'official'],
    ]);
  });
});

describe('describePerson: whose, not what', () => {
  it('does not read "The family\'s landlord, Peter Sandoval" as family (stop 53)', () => {
    const text = 'ICE agents shot the dog of the Okafor family on Monday.\n\nThe family\'s landlord, Peter Sandoval, said the Okafors have rented the home for six years.';
    expect(speakers(text)).toEqual([['Peter Sandoval', 'other']]);
  });
});

describe('describePerson: a title of an agency\'s unit after a portfolio', () => {
  it('reads "Director of Field Operations for the San Diego Field Office" as an official, not a director of a body (stop 53)', () => {
    const speak = (who: string) => speakers(`A CBP officer shot a driver at the San Ysidro port of entry on Friday.\n\n"Our officers step into those lanes every night," said ${who}.`);
    expect(speak('Sidney Aguilar, Director of Field Operations for the San Diego Field Office')).toEqual([['Sidney Aguilar', 'official']]);
    expect(speak('Sidney Aguilar, director of field operations for the San Diego Field Office')).toEqual([['Sidney Aguilar', 'official']]);
    // Not a body's own director, nor a portfolio for a body that is no unit.
    expect(speak('Ana Ruiz, director of programs for the Border Network')).toEqual([['Ana Ruiz', 'other']]);
  });
});

describe('describePerson: a title with its seat written before it', () => {
  it('gives "Navajo Nation President Buu Nygren" no affiliation of the President of the United States (stop 53)', () => {
    const affiliations = (text: string) => analyseText(text, { anchorDate: '2026-02-08' }).attributions.map((a) => a.speaker?.affiliation ?? null);
    const text = 'Agents tackled a Navajo teenager in Gallup on Saturday.\n\nNavajo Nation President Buu Nygren\'s office released a statement Sunday. In the statement, Nygren said he had contacted the ICE field office.';
    expect(affiliations(text)).not.toContain('President of the United States');
    // The president with no seat before the title is still the one of the United States.
    expect(affiliations('Agents tackled a teenager in Gallup on Saturday.\n\nPresident Donald Trump\'s office released a statement Sunday. In the statement, Trump said the agents did their job.')).toContain('President of the United States');
  });
});

describe('describePerson: the outlet is no person', () => {
  it('reads "the family shared with El Heraldo" of the outlet "El Heraldo del Sur de California" as no family of a person "El Heraldo" (stop 53)', () => {
    const text =
      'ICE officers threw Rogelio Castañeda Núñez, 47, to the ground in Huntington Park on Monday.\n\n' +
      'He was treated for a fractured wrist, according to discharge papers the family shared with El Heraldo.\n\n' +
      'Consul Itzel Ramírez Cordero told El Heraldo that staff had visited him. She added that the consulate had asked for an investigation.';
    const found = analyseText(text, { anchorDate: '2026-02-11', outlet: 'El Heraldo del Sur de California' }).attributions.map((a) => a.speaker?.name ?? null);
    expect(found).not.toContain('family of El Heraldo');
    expect(found.at(-1)).toBe('Itzel Ramírez Cordero');
  });
});

describe('describePerson: a title at an agency', () => {
  it('reads "a deputy assistant secretary at the Department of Homeland Security" as an official, with a relative clause after it too (stop 54)', () => {
    expect(speakers('Marcus Pell, a deputy assistant secretary at the Department of Homeland Security, said the officers were wearing cameras.')).toEqual([['Marcus Pell', 'official']]);
    expect(speakers('Marcus Pell, a deputy assistant secretary at DHS who flew in from Washington for the briefing, said the officers were wearing cameras.')).toEqual([['Marcus Pell', 'official']]);
    expect(speakers('"We work hard," said Tomás Elizondo, Director of the AMO McAllen Air and Marine Branch.')).toEqual([['Tomás Elizondo', 'official']]);
    // A title at a body no vocabulary lists as an agency holds no office.
    expect(speakers('Tom Hale, a director at the Texas Civil Rights Project, said the officers lied.')).toEqual([['Tom Hale', 'other']]);
  });
});

describe('describePerson: clergy (stop 56)', () => {
  it('reads "Sister Margarita Olvera" and "Father Tom Hale" as clergy, no kin of the man detained', () => {
    const text = 'Agents detained Wilmer Morales Cruz, 38. Sister Margarita Olvera, an organizer with the network, said volunteers arrived. "It was cruel," said Father Tom Hale.';
    const roles = analyseText(text, { anchorDate: '2026-03-06', bodyStart: 0, outlet: null }).attributions.map((a) => [a.speaker?.name, a.speaker?.role]);
    expect(roles).toEqual([
      ['Margarita Olvera', 'other'],
      ['Tom Hale', 'other'],
    ]);
  });
});

describe('describePerson: the body an advocate works with (stop 56)', () => {
  it('gives an organizer "with" a body, and a volunteer or director "at" one, that body for affiliation and no office', () => {
    expect(analyseText('Ana Ruiz, an organizer with the Southern Border Communities Coalition, said agents lied.', { anchorDate: '2026-03-06' }).attributions[0].speaker).toEqual({ name: 'Ana Ruiz', affiliation: 'Southern Border Communities Coalition', role: 'other' });
    expect(analyseText('Rosa Diaz, a volunteer at the Kino Border Initiative, said so.', { anchorDate: '2026-03-06' }).attributions[0].speaker?.affiliation).toBe('Kino Border Initiative');
    expect(analyseText('Tom Hale, a director at Amnesty International, said so.', { anchorDate: '2026-03-06' }).attributions[0].speaker).toEqual({ name: 'Tom Hale', affiliation: 'Amnesty International', role: 'other' });
  });
});

describe('describePerson: a church named after a saint, and a clause about it (stop 56)', () => {
  it('reads "pastor of Saint Mary Catholic Church" as no second name, and "where the family attends Mass" as no kin', () => {
    expect(speakers('Tomás Aguirre, pastor of Saint Mary Catholic Church, said the family was terrified.')).toEqual([['Tomás Aguirre', 'other']]);
    expect(speakers('The Rev. Luis Cárdenas, pastor of Our Lady of Peace Catholic Church, where the Esquivel family attends Mass, said parishioners had organized a vigil.')).toEqual([['Luis Cárdenas', 'other']]);
  });
});

describe('describePerson: "Its director" of the body named before (stop 56)', () => {
  it('gives "Its field office director" the agency named before, and "Its director" the advocacy group', () => {
    expect(analyseText('ICE said the officer fired. Its field office director, Marcus Whitfield, told WBTV the officers acted lawfully.', { anchorDate: '2026-03-06' }).attributions[1].speaker).toEqual({
      name: 'Marcus Whitfield',
      affiliation: 'U.S. Immigration and Customs Enforcement',
      role: 'official',
    });
    expect(analyseText('The ACLU said it would sue. Its director, Michelle Gross, said the group had heard the same script before.', { anchorDate: '2026-03-06' }).attributions[1].speaker).toEqual({
      name: 'Michelle Gross',
      affiliation: 'American Civil Liberties Union',
      role: 'other',
    });
  });
});

describe('describePerson: an executive director (stop 57)', () => {
  it('reads "Executive director Marcus Whitlow" after a group as no official, and "ICE Executive Director Todd Lyons" as one', () => {
    expect(speakers('The ACLU of North Carolina sued. Executive director Marcus Whitlow said the arrest was unlawful.').at(-1)).toEqual(['Marcus Whitlow', 'other']);
    expect(speakers('ICE officers shot a man. ICE Executive Director Todd Lyons said the officer acted lawfully.').at(-1)).toEqual(['Todd Lyons', 'official']);
  });
});

describe('describePerson: a party tag with a town (stop 58)', () => {
  it('reads "Sen. Tom Hale, R-Quincy," as a state senator, "Sen. Ana Ruiz, D-Ill.," and "D-N.Y." as members of the U.S. Senate', () => {
    const affiliations = (text: string) => analyseText(text, { anchorDate: '2026-04-23' }).attributions.map((a) => a.speaker?.affiliation ?? null);
    expect(affiliations('Sen. Tom Hale, R-Quincy, said the arrest was lawful.')).toEqual(['state senate']);
    expect(affiliations('Sen. Ana Ruiz, D-Ill., said the arrest was unlawful.')).toEqual(['U.S. Senate']);
    expect(affiliations('Sen. Lee Park, D-N.Y., said the arrest was unlawful.')).toEqual(['U.S. Senate']);
  });
});

describe('describePerson: a ranked title and its portfolio set off after the name (stop 58)', () => {
  const roleOf = (text: string) => analyseText(text, { anchorDate: '2026-04-23' }).attributions.at(-1)?.speaker?.role ?? null;
  const lede = 'ICE agents shot a man in Tucson on Friday. The Department of Homeland Security defended them.\n\n';

  it('reads "the assistant secretary for public affairs" and "the department\'s assistant secretary …" as an office', () => {
    expect(roleOf(`${lede}Tricia McLaughlin, the assistant secretary for public affairs, wrote on X that the man rammed agents.`)).toBe('official');
    expect(roleOf(`${lede}Tricia McLaughlin, the department's assistant secretary for public affairs, wrote on X that the man rammed agents.`)).toBe('official');
  });

  it('reads no office in "the director of communications", which any group may have', () => {
    expect(roleOf(`${lede}Ana Ruiz, the director of communications, wrote on X that the man was unarmed.`)).toBe('other');
  });
});

describe('describePerson: a witness whose clause says first what else they are (stop 58)', () => {
  it('reads "Rogelio Gallego, 58, who owns the shop and was standing about 30 feet away, said" as a witness', () => {
    const text = 'ICE agents shot a man outside a tire shop in Tucson on Friday.\n\nRogelio Gallego, 58, who owns the shop and was standing about 30 feet away, said the man never reached for anything.';
    expect(analyseText(text, { anchorDate: '2026-04-23' }).attributions.map((a) => a.speaker?.role)).toEqual(['witness']);
  });
});

describe("describePerson: an agency's possessive before a title set off before the name (stop 59)", () => {
  it('reads "ICE\'s Chicago field office director, Sam Olson, pushed back … He said" as an official', () => {
    const text = 'Efraín Salgado, 42, was tased by ICE officers in Cicero on Thursday.\n\nICE\'s Chicago field office director, Sam Olson, pushed back in a statement to a TV station. He said the officers were conducting a targeted operation.';
    expect(analyseText(text, { anchorDate: '2026-01-30' }).attributions.map((a) => [a.speaker?.name, a.speaker?.role])).toEqual([['Sam Olson', 'official']]);
  });
});

describe('describePerson: local legislators and newsroom heads by title (stop 59)', () => {
  const said = (text: string) => analyseText(text, { anchorDate: '2026-02-01' }).attributions.map((a) => [a.speaker?.name, a.speaker?.role]);
  it('reads a village trustee and a city councilor as elected, and keeps the title out of the name', () => {
    expect(said('Brookfield Village Trustee Marisol Ochoa, who was at the protest, said nobody threw anything.')).toEqual([['Marisol Ochoa', 'elected_official']]);
    expect(said('Portland City Councilor Jasmine Whitfield said the agents overreacted.')).toEqual([['Jasmine Whitfield', 'elected_official']]);
  });

  it("reads a station's news director as no government official", () => {
    expect(said('KDNV News Director Lauren Pike said in a statement that the station was reviewing its safety protocols.')).toEqual([['Lauren Pike', 'other']]);
  });
});

describe('describePerson: an office told by a clause or a bare title, or held by the body named last (stop 60)', () => {
  const said = (text: string) => analyseText(text, { anchorDate: '2026-01-15' }).attributions.map((a) => [a.speaker?.name, a.speaker?.role, a.speaker?.affiliation ?? null]);
  const lede = 'An ICE officer shot Marco Villeda in a Salem parking lot on Nov. 18.\n\n';

  it('reads "Thomas Hadley, who has led ICE in an acting capacity since September," as an ICE official, and one who led it once as none', () => {
    expect(said(`${lede}Thomas Hadley, who has led ICE in an acting capacity since September, told lawmakers the officer feared for his life.`)).toEqual([['Thomas Hadley', 'official', 'U.S. Immigration and Customs Enforcement']]);
    expect(said(`${lede}Thomas Hadley, who led ICE until 2019, told lawmakers the officer feared for his life.`)[0]?.[1]).toBe('other');
  });

  it('reads a title set off with no article, "acting assistant secretary for legislative affairs", as an office', () => {
    expect(said(`${lede}Meredith Cole, acting assistant secretary for legislative affairs, wrote that the officers identified themselves.`)[0]?.[1]).toBe('official');
    expect(said(`${lede}Meredith Cole, owner of the shop, said the officers never identified themselves.`)[0]?.[1]).toBe('other');
  });

  it('gives "Its spokeswoman" to the agency named last, not to the outlet whose "we" the passes found first', () => {
    const text = `${lede}A company spokesman told our reporters that the company is cooperating. We believe the footage should be public.\n\nCBP, for its part, has said almost nothing. Its spokeswoman, Danielle Ortlieb, said the agency "stands by the facts as reported."`;
    const found = analyseText(text, { anchorDate: '2026-01-15', outlet: 'Valley Courier' }).attributions.map((a) => [a.speaker?.name, a.speaker?.role, a.speaker?.affiliation]);
    expect(found).toContainEqual(['Danielle Ortlieb', 'official', 'U.S. Customs and Border Protection']);
  });

  it('reads "president of the National Treasury Employees Union chapter that covers CBP officers" as the union\'s, not the agency\'s', () => {
    expect(said(`${lede}Brian Kessler, president of the National Treasury Employees Union chapter that covers CBP officers at Arizona ports, said the officers followed their training.`)).toEqual([['Brian Kessler', 'other', 'National Treasury Employees Union']]);
  });

  it('reads a hospital\'s spokeswoman, "MountainView Regional Medical Center spokeswoman Laura Pickett", as no official', () => {
    expect(said(`${lede}MountainView Regional Medical Center spokeswoman Laura Pickett confirmed that Villeda was struck by two bullets.`)[0]?.[1]).toBe('other');
    expect(said(`${lede}Salem Police Department spokeswoman Laura Pickett confirmed that Villeda was struck by two bullets.`)[0]?.[1]).toBe('official');
  });
});

describe('describePerson: a union of an agency’s workers (stop 63)', () => {
  it('reads "the Border Patrol union official" as no official of the agency', () => {
    const text = 'A Border Patrol agent shot Rafael Ocampo on Nov. 14. Joseph Leland, the Border Patrol union official, said agents "have every right to tell the truth."';
    expect(speakers(text)).toEqual([['Joseph Leland', 'other']]);
  });

  it('keeps the agency’s spokesman in its local office', () => {
    const text = 'A Border Patrol agent shot Rafael Ocampo on Nov. 14. Joseph Leland, a Border Patrol spokesman in the local office, said agents acted lawfully.';
    expect(speakers(text)).toEqual([['Joseph Leland', 'official']]);
  });
});

describe('describePerson: the press by its title (stop 63)', () => {
  it('reads "anchor Greg Lindahl" and "Reporter Kaylee Brandt" as journalists', () => {
    const text = 'An ICE officer shot a man on Saturday. "We are learning more," anchor Greg Lindahl said. Reporter Kaylee Brandt said the scene was quiet.';
    expect(speakers(text)).toEqual([
      ['Greg Lindahl', 'journalist'],
      ['Kaylee Brandt', 'journalist'],
    ]);
  });
});

describe('describePerson: a title held in a civic body (stop 64)', () => {
  it('reads "the coalition\'s director" as no official, and "the agency\'s director" as one', () => {
    expect(speakers('Alma Ruiz, the coalition\'s director, said volunteers had collected more than 4,000 signatures.')).toEqual([['Alma Ruiz', 'other']]);
    expect(speakers('Alma Ruiz, the agency\'s director, said officers had followed policy.')).toEqual([['Alma Ruiz', 'official']]);
  });
});

describe('describePerson: a district spokesperson (stop 64)', () => {
  it('reads "District spokeswoman Kendra Ocampo" as no official', () => {
    expect(speakers('District spokeswoman Kendra Ocampo said the walkout was not sanctioned.')).toEqual([['Kendra Ocampo', 'other']]);
  });
});

describe('describePerson: a spokesperson for a principal titled and named (stop 65)', () => {
  it('gives the spokesperson the office the principal\'s title names, its seat words and all', () => {
    expect(speakers("Neil Brandt, spokesman for State's Attorney Yvette Calloway, said the office had the video.")).toEqual([['Neil Brandt', 'prosecutor']]);
    expect(speakers("A spokesman for Cook County State's Attorney Yvette Calloway, Neil Brandt, said the review was open.")).toEqual([['Neil Brandt', 'prosecutor']]);
    expect(speakers('Neil Brandt, a spokesman for U.S. Attorney Yvette Calloway, said the review was open.')).toEqual([['Neil Brandt', 'prosecutor']]);
    // A body, or a name with no title, names no office this way.
    expect(speakers("Neil Brandt, a spokesman for the Cook County Sheriff's Office, said the review was open.")).toEqual([['Neil Brandt', 'official']]);
    expect(speakers('Neil Brandt, a spokesman for Yvette Calloway, said the review was open.')).toEqual([['Neil Brandt', 'other']]);
  });
});

describe('describePerson: a lawyer for a company (stop 65)', () => {
  it('reads "A lawyer for Elkhorn Valley Poultry, Stephen Aldous" as the company\'s, not the counsel of the man tased', () => {
    const lead = 'Agents tased Efraín Castillo Rojas, 34, on March 12. ';
    const speakerOf = (text: string) => analyseText(text, { anchorDate: '2026-03-20' }).attributions.at(-1)?.speaker;
    expect(speakerOf(`${lead}A lawyer for Elkhorn Valley Poultry, Stephen Aldous, confirmed that the company had received a request.`)).toMatchObject({ name: 'Stephen Aldous', role: 'other', affiliation: 'Elkhorn Valley Poultry' });
    expect(speakerOf(`${lead}A lawyer for Castillo Rojas, Naomi Fairbanks, said he was innocent.`)).toMatchObject({ role: 'subject_counsel', affiliation: 'lawyer for Efraín Castillo Rojas' });
  });
});

describe('describePerson: whom a lawyer named before represents (stop 66)', () => {
  it('makes "a senior staff attorney with the ACLU of Texas who represents Villalba" his lawyer, and one who represents the officer no one\'s', () => {
    const lead = 'An ICE officer shot Teodoro Villalba Arriaga, 24, outside a tire shop in Houston.\n\n';
    expect(speakers(`${lead}Marisol Ybarra, a senior staff attorney with the ACLU of Texas who represents Villalba, disputed every element of the account.\n\nYbarra said the account was false.`)).toEqual([['Marisol Ybarra', 'subject_counsel']]);
    expect(speakers(`${lead}Tom Lee, a lawyer who represents Officer Dana Ross, disputed every element of the lawsuit.\n\nLee said the lawsuit was false.`)).toEqual([['Tom Lee', 'other']]);
  });
});

describe('describePerson: an officer set off after his name, an age between (stop 66)', () => {
  it('reads "Kyle Brandt, 36, a deportation officer assigned to ICE\'s Los Angeles field office," as an official, and "the officer" after it as him', () => {
    const text = 'Mateo Villaseñor was shot by immigration agents last September.\n\nKyle Brandt, 36, a deportation officer assigned to ICE\'s Los Angeles field office, spent four hours testifying.\n\nBrandt said he fired twice. Under cross-examination, the officer acknowledged that no camera recorded the encounter.';
    expect(speakers(text)).toEqual([['Kyle Brandt', 'official'], ['Kyle Brandt', 'official']]);
  });
});

describe('describePerson: a bare spokesperson after a group named as an owner (stop 70)', () => {
  it('reads "asked ICE to respond to the family\'s account. … spokesman Brent Sayles wrote" as ICE\'s, not the family\'s', () => {
    const text = 'Teodoro Villaseñor was shot Tuesday.\n\nThe station asked ICE to respond to the family\'s account. In an emailed statement, spokesman Brent Sayles wrote that the facts speak for themselves.';
    expect(speakers(text).at(-1)).toEqual(['Brent Sayles', 'official']);
  });
});

describe('describePerson: co-counsel named after the client (stop 70)', () => {
  it('reads "who represents the family along with Whitcombe" as the family\'s lawyer, not Whitcombe\'s', () => {
    const text = 'An ICE officer shot Ernesto Valdivia Ruiz on March 3.\n\nDana Whitcombe, a lawyer for the family, said he was unarmed.\n\nJerome Pruitt, who represents the family along with Whitcombe, said the officer lied.';
    const pruitt = analyseText(text, { anchorDate: '2026-04-15', bodyStart: 0, outlet: null }).attributions.at(-1)?.speaker;
    expect(pruitt?.role).toBe('subject_counsel');
    expect(pruitt?.affiliation).not.toContain('Whitcombe');
  });
});
