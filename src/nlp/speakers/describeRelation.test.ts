import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

/** Each source's text and the speaker analyseText gives it (name, role, affiliation), in order. */
function speakers(text: string): [string | undefined, string | null, string | null, string | null][] {
  return analyseText(text, { anchorDate: '2026-03-10', bodyStart: 0, outlet: null }).attributions.map((a) => [a.source?.text, a.speaker?.name ?? null, a.speaker?.role ?? null, a.speaker?.affiliation ?? null]);
}

describe('describeRelation', () => {
  it('names "The family of a 22-year-old man fatally shot by an agent" the family of the man while no one is named (stop 43)', () => {
    const text = 'The family of a 22-year-old man fatally shot by a Border Patrol agent last week says he was unarmed.';
    expect(speakers(text).map((s) => s.slice(1, 3))).toEqual([['family of the man', 'family']]);
    expect(speakers('The family of the president says he was tired.').map((s) => s[1])).toEqual([null]);
  });

  it('names "The man\'s cousin" in a story naming no one force befell as written, family, the cousin of the man (stop 43)', () => {
    const text = 'Agents shot a man near a canal on Sunday.\n\nThe man\'s cousin, who asked not to be named, said he was fishing. His lawyer\'s office was closed.\n\nThe man\'s lawyer said he was unarmed.';
    expect(speakers(text).map((s) => s.slice(1, 3))).toEqual([
      ["the man's cousin", 'family'],
      ["the man's lawyer", 'subject_counsel'],
    ]);
    // Named, the story's subject is whose cousin it is.
    expect(speakers('Agents shot Ana Ruiz on Sunday. The woman\'s cousin said she was fishing.')[0].slice(1, 3)).toEqual(['cousin of Ana Ruiz', 'family']);
  });

  it('reads a lede\'s "the wife of the man shot …" as the one wife the story names further on', () => {
    const text =
      'The wife of the Salvadoran man wounded by immigration agents in Tulsa on Monday says he was driving to work when they stopped him.\n\n' +
      'Oscar Lemus is 29, according to his wife, Dalia Serrano.\n\n' +
      '“He never hurt anyone,” Serrano said.';
    const [lede, named] = speakers(text);
    expect(lede.slice(0, 3)).toEqual([lede[0], 'Dalia Serrano', 'family']);
    expect(named.slice(1, 3)).toEqual(['Dalia Serrano', 'family']);
  });

  it('reads "his lawyer" before the lawyer is named as counsel, with whose', () => {
    const text =
      'Federal agents shot Nico Ambar, 41, in the leg outside a laundromat in Yuma on March 2.\n\n' +
      'Ambar remains in the hospital, his lawyer said on Tuesday.\n\n' +
      'His attorney, Lorna Veit, said the agents never identified themselves.';
    expect(speakers(text)[0]).toEqual(['his lawyer', 'Lorna Veit', 'subject_counsel', 'lawyer for Nico Ambar']);
  });

  it('does not read "his lawyer" as a lawyer named with no client: "Attorney X of …", "an attorney with …" (stop 53)', () => {
    const story = (lawyer: string) =>
      `Guards used pepper spray on Andrés Quintero Salas, 38, on March 3.\n\n${lawyer} said two of her clients were held for 12 days.\n\n` +
      'Quintero is scheduled for a hearing on April 14, his lawyer said.';
    for (const lawyer of ['Attorney Naomi Whitfield of the Texas Civil Rights Project', 'Naomi Whitfield, an attorney with the ACLU of Washington,']) {
      expect(speakers(story(lawyer))[1][1]).not.toBe('Naomi Whitfield');
    }
    // Named as someone's lawyer, she is the one "his lawyer" means.
    expect(speakers(story('Naomi Whitfield, a lawyer for Quintero,'))[1][1]).toBe('Naomi Whitfield');
  });

  it('names no one when the story names two wives', () => {
    const text =
      'The wife of the Salvadoran man wounded by immigration agents in Tulsa on Monday says he was driving to work when they stopped him.\n\n' +
      'Oscar Lemus is 29, according to his wife, Dalia Serrano. The agent’s wife, Jill Boren, told reporters he was shaken.';
    expect(speakers(text)[0][1]).toBeNull();
  });

  it('does not take the wife of someone the description does not mean as the subject', () => {
    const text =
      'The wife of the officer who fired the shots says he feared for his life.\n\n' +
      'Oscar Lemus, 29, was wounded by immigration agents in Tulsa on Monday, according to his wife, Dalia Serrano.';
    expect(speakers(text)[0].slice(0, 2)).toEqual(['The wife of the officer who fired the shots', null]);
  });
});

describe("describeRelation: a public body's lawyers", () => {
  it('reads "Justice Department attorneys" as the department, not the lawyers of the man it is in court with', () => {
    const text =
      'Federal agents shot Nico Ambar, 41, in the leg outside a laundromat in Yuma on March 2.\n\n' +
      'Justice Department attorneys argued that the footage should stay sealed.\n\n' +
      'Attorneys for Ambar said the video should be public.';
    const [government, counsel] = speakers(text);
    expect(government.slice(1, 3)).toEqual(['U.S. Department of Justice', 'prosecutor']);
    expect(counsel.slice(1, 3)).toEqual(['attorneys for Nico Ambar', 'subject_counsel']);
  });

  it("keeps a named lawyer with a body's title a person", () => {
    const [[, name]] = speakers('FBI General Counsel Lena Ortiz said the bureau would comply.');
    expect(name).not.toBe('Federal Bureau of Investigation');
  });

  it('reads a witness the text says it will not name as "witness", and one it merely does not name as no one', () => {
    const lead = 'An agent shot Ana Ruiz on Monday. ';
    expect(speakers(`${lead}One witness, who declined to give her name, said officers fired without warning. "They just shot," she said.`).map((s) => [s[1], s[2]])).toEqual([
      ['witness', 'witness'],
      ['witness', 'witness'],
    ]);
    expect(speakers(`${lead}A bystander, who spoke on condition of anonymity, said she ran.`)[0][1]).toBe('bystander');
    expect(speakers(`${lead}A witness told the paper that she heard three pops.`)[0][1]).toBeNull();
  });
});

describe('describeRelation: the government’s lawyers (stop 47)', () => {
  it('reads "government lawyers" and "Lawyers for the government" as the government\'s, not the subject\'s counsel', () => {
    const text = 'Agents shot Ana Ruiz. Her lawyers sued. In court filings, government lawyers argued the agent feared for his life. Lawyers for the government said the suit should be dismissed.';
    expect(speakers(text).map((s) => [s[1], s[2]])).toEqual([
      ['government lawyers', 'prosecutor'],
      ['government lawyers', 'prosecutor'],
    ]);
    expect(speakers('Agents shot Ana Ruiz. In court filings, her lawyers argued the agent had no cause.').map((s) => [s[1], s[2]])).toEqual([['attorneys for Ana Ruiz', 'subject_counsel']]);
  });
});

describe('describeRelation: a lawyer named further on (stop 52)', () => {
  it('takes no government lawyer named later for "her lawyer" of the one struck', () => {
    const text =
      'Marisol Quintero, the protester who needed stitches after being struck in the head, has filed a claim against the federal government, her lawyer said.\n\n' +
      'In Portland, a Justice Department lawyer, Nathaniel Brooks, argued that the officers could not see. A government attorney, Ana Ruiz, argued the same.';
    expect(speakers(text)[0].slice(1, 3)).toEqual(['lawyer for Marisol Quintero', 'subject_counsel']);
    // Her own lawyer named later is still hers.
    const own = 'Marisol Quintero, who was struck in the head, has filed a claim, her lawyer said.\n\nHer attorney, Nathaniel Brooks, said the claim seeks $2 million.';
    expect(speakers(own)[0].slice(1, 3)).toEqual(['Nathaniel Brooks', 'subject_counsel']);
  });
});

describe('describeRelation: witnesses to an agency’s shooting', () => {
  it('gives witnesses to "a Border Patrol shooting" no Border Patrol affiliation', () => {
    const [witnesses] = speakers('Witnesses to a Border Patrol shooting near Eagle Pass on Wednesday say an agent fired five times.');
    expect(witnesses.slice(1)).toEqual(['witnesses', 'witness', null]);
  });

  it('gives neighbors of a man shot "by an ICE officer" no ICE affiliation', () => {
    const [neighbors] = speakers('Neighbors of a man shot dead by an Immigration and Customs Enforcement officer outside his home on Monday said he was running away.');
    expect(neighbors.slice(1)).toEqual(['neighbors', 'witness', null]);
    // A spokesman for the agency still speaks for it.
    const [spokesman] = speakers('A spokesman for Immigration and Customs Enforcement said the officer fired once.');
    expect(spokesman[3]).toBe('U.S. Immigration and Customs Enforcement');
  });
});

describe('describeRelation: the family’s attorney (stop 44)', () => {
  it('reads "the family’s attorney" as counsel of the one force was used on, the one lawyer for the family named after it', () => {
    const lead = 'An agent shot Tom Hale, 30, on Friday. ';
    expect(speakers(`${lead}The family's attorney said he was unarmed.`).map((s) => s.slice(1))).toEqual([['attorney for the family of Tom Hale', 'subject_counsel', 'attorney for the family of Tom Hale']]);
    expect(speakers(`${lead}The family's attorney said he was unarmed. "He had nothing," said Ana Ruiz, a lawyer for the family.`).map((s) => s.slice(1, 3))).toEqual([
      ['Ana Ruiz', 'subject_counsel'],
      ['Ana Ruiz', 'subject_counsel'],
    ]);
    // No one named as the one shot: whose family it is stays open.
    expect(speakers("An agent shot a man on Friday. The family's attorney said he was unarmed.").map((s) => s[1])).toEqual([null]);
  });

  it('gives the DHS account told in ", which said" after "the account given by" to the department', () => {
    const text = 'An ICE agent shot Silverio Villegas on Sept. 12. The finding contradicts the account given by the Department of Homeland Security, which said an officer fired because Villegas dragged him.';
    expect(speakers(text).map((s) => s.slice(0, 3))).toEqual([['which', 'Department of Homeland Security', 'official']]);
  });
});

describe('describeRelation: the student’s mother (stop 44)', () => {
  it('names "The student’s mother" as written, kin of the student, when the story names no one force was used on', () => {
    const text = 'Agents pepper-sprayed a 17-year-old student outside a school on Monday. The student\'s mother said her son has no criminal record.';
    expect(speakers(text).map((s) => s.slice(1))).toEqual([["the student's mother", 'family', 'mother of the student']]);
  });
});

describe('describeRelation: a roundup of several shootings (stop 45)', () => {
  it('reads "Her lawyer" as the lawyer of the woman shot named last before it in its paragraph', () => {
    const text = 'An ICE officer shot and killed Silvio Villanueva, 38, during a traffic stop.\n\nBorder Patrol agents shot Marisa Martel, 30, five times. Her lawyer said an agent had bragged about the shooting.\n\nAn ICE officer shot and killed Renata Goodwin, 37, in her SUV.';
    expect(speakers(text)[0].slice(0, 3)).toEqual(['Her lawyer', 'lawyer for Marisa Martel', 'subject_counsel']);
  });

  it('names no one when the paragraph named no one shot before the pronoun', () => {
    const text = 'Border Patrol agents shot Marisa Martel, 30, five times.\n\nHer lawyer said an agent had bragged about the shooting.\n\nAn ICE officer shot and killed Renata Goodwin, 37, in her SUV.';
    expect(speakers(text)[0][1]).toBeNull();
  });
});

describe('describeRelation: the one shot as the object of the lede (stop 45)', () => {
  it('reads "her attorney" after "A Border Patrol agent who shot a Chicago woman" as the lawyer of the woman the story names', () => {
    const text = 'A Border Patrol agent who shot a Chicago woman five times boasted about it, her attorney said Wednesday. The woman, Marimar Soto, 30, was shot in October. Soto is a U.S. citizen.';
    expect(speakers(text)[0].slice(1, 3)).toEqual(['attorney for Marimar Soto', 'subject_counsel']);
  });
});

describe('describeRelation: relatives counted or set apart (stop 51)', () => {
  it('gives "several parents who were waiting outside", "Other parents" and a "they" after them no one, and keeps "His parents" and bare "Parents" his family', () => {
    const text = 'ICE agents arrested Tomás Villeda, 38, outside the school on Feb. 10. Two men in plain clothes approached him, according to several parents who were waiting outside. Within seconds, they said, he was on the ground. His parents said he was a good man. Other parents said they were scared. Parents said he was kind.';
    expect(speakers(text).map((s) => s[1])).toEqual([null, null, 'family of Tomás Villeda', null, 'family of Tomás Villeda']);
  });
});

describe('describeRelation: "the attorney" after "the family\'s lawyer" (stop 60)', () => {
  it('reads "the attorney said" as the lawyer named before, and the "He" after him as him', () => {
    const text = 'An ICE officer shot Daniel Ochoa, 16, on Feb. 11. Javier Castañeda-Holt, the family\'s lawyer, said the video was edited. "That is a phone," the attorney said. He contended that the edit misled viewers.';
    expect(speakers(text).map((s) => s[1])).toEqual(['Javier Castañeda-Holt', 'Javier Castañeda-Holt', 'Javier Castañeda-Holt']);
  });
});

describe('describeRelation: the officer’s lawyers (stop 64)', () => {
  it('puts "Justice Department lawyers representing Brandvold" and "Brandvold\'s lawyers" on no side of the subject\'s, and keeps the subject\'s own lawyers his', () => {
    const text = 'Officer Kyle Brandvold shot Rafael Quintero Salas, 41, on March 14. Justice Department lawyers representing Brandvold argued in their motion that the truck moved. Brandvold\'s lawyers argued that the truck moved. Lawyers representing Quintero Salas said it did not.';
    expect(speakers(text).map((s) => s.slice(1, 3))).toEqual([
      ['U.S. Department of Justice', 'prosecutor'],
      ['attorneys for Kyle Brandvold', 'other'],
      ['attorneys for Rafael Quintero Salas', 'subject_counsel'],
    ]);
  });
});

describe('describeRelation: counsel named as another person\'s (stop 68)', () => {
  it('does not give "her public defender" the name of the lawyer another item of the list names as another man\'s', () => {
    const text =
      'Yesenia Paredes, 52, was shot in the left arm outside the ICE field office. Paredes was charged with assaulting a federal officer; her public defender has asked a judge to order the release of the footage.\n\nOne agent shot the driver, Tomás Ibarra Reyes. Ibarra\'s lawyer, Graciela Montaño, says he was shot in the back.';
    expect(speakers(text).map((s) => s.slice(1, 3))).toEqual([
      ['public defender for Yesenia Paredes', 'subject_counsel'],
      ['Graciela Montaño', 'subject_counsel'],
    ]);
  });
});

describe('describeRelation: a host is no one whose kin a reporter meets (stop 68)', () => {
  it('gives "his wife" in a reporter\'s turn no host of the transcript for a husband', () => {
    const text = [
      "DEREK HOLLOWAY, HOST: And I'm Derek Holloway. It's Friday, February 13th.",
      'HOLLOWAY: And the family?',
      'OKAFOR: I sat with his wife, Yesenia Salcedo, at her kitchen table on Wednesday. She told me Rigoberto leaves at seven every morning for a framing job in Apex.',
      'VEGA: Is he charged with anything?',
    ].join('\n\n');
    const wife = speakers(text).find((s) => s[0] === 'She');
    expect(wife?.[1]).toBe('Yesenia Salcedo');
    expect(wife?.[3] ?? '').not.toContain('HOLLOWAY');
  });
});

describe('describeRelation: a surname husband and wife share (stop 68)', () => {
  it('reads "Salcedo, a native of Michoacan, …, his wife said" as the subject\'s wife, named before', () => {
    const text = 'An ICE officer shot Rigoberto Salcedo Ibarra, 33, in Durham on Tuesday.\n\nYesenia Salcedo, his wife, said her husband had left for work. She said she heard shouting.\n\nSalcedo, a native of Michoacan, Mexico, came to the United States in 2014, his wife said.';
    expect(speakers(text).at(-1)?.slice(1, 4)).toEqual(['Yesenia Salcedo', 'family', 'wife of Rigoberto Salcedo Ibarra']);
  });
});
