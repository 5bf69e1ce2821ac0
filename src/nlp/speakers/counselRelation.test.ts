import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

// Invented sentences. Each returns the speaker of the document's last attribution.
function lastSpeaker(text: string): { name: string; role: string; affiliation: string | null } | null {
  const found = analyseText(text, { anchorDate: '2026-01-10' }).attributions;
  const s = found[found.length - 1]?.speaker;
  return s ? { name: s.name, role: s.role, affiliation: s.affiliation } : null;
}

const LEAD = 'An ICE officer shot and killed Dana Whitlock on Wednesday. ';

describe('counsel relations', () => {
  it('reads "the Hennepin county medical examiner" as the examiner\'s office (stop 46)', () => {
    expect(lastSpeaker(`${LEAD}She was shot in the head, according to the Hennepin county medical examiner.`)?.role).toBe('official');
  });

  it('reads a defense attorney in a story of an agent indicted as no lawyer of the person shot (stop 46)', () => {
    const text = 'A Border Patrol agent shot and killed Ernesto Valdivia Ruiz, 34, in October. On Monday, Border Patrol Agent Travis Kellner was indicted on a charge of manslaughter. Defense attorney Gregory Ashcroft said the truck came at him.';
    expect(lastSpeaker(text)?.role).toBe('other');
    expect(lastSpeaker(`${LEAD}She was charged with assaulting an officer. Defense attorney Gregory Ashcroft said she was unarmed.`)?.role).toBe('subject_counsel');
  });

  it('reads a state\'s attorney general as elected, the nation\'s as appointed (stop 46)', () => {
    expect(lastSpeaker(`${LEAD}Colorado Attorney General Phil Weiser said the shooting must be investigated.`)?.role).toBe('elected_official');
    expect(lastSpeaker(`${LEAD}Attorney General Pam Bondi said the agents acted lawfully.`)?.role).toBe('official');
  });

  it('reads "He saw the agents" in a relative\'s own words as no witness of hers (stop 46)', () => {
    expect(lastSpeaker(`${LEAD}"He saw the agents and he panicked," said Maria Lopez.`)?.role).toBe('other');
    expect(lastSpeaker(`${LEAD}"I saw the agents fire," said Maria Lopez.`)?.role).toBe('witness');
  });

  it('reads "the new statement" as the agency that "issued a revised statement" just before (stop 46)', () => {
    expect(lastSpeaker(`${LEAD}DHS issued a revised statement on Friday. "The agent feared for his partner," the new statement reads.`)?.name).toBe('Department of Homeland Security');
  });

  it('gives a state senator the state senate, not the U.S. Senate (stop 46)', () => {
    expect(lastSpeaker(`${LEAD}State Sen. Lucía Moreno said the shooting was wrong.`)).toEqual({ name: 'Lucía Moreno', role: 'elected_official', affiliation: 'state senate' });
  });

  it('takes no judge for the client of "Her attorney" (stop 46)', () => {
    const text = `${LEAD}U.S. District Judge Georgia Alexakis granted the motion Thursday. Her attorney, Christopher Parente, said the case should never have been brought.`;
    expect(lastSpeaker(text)?.affiliation).not.toMatch(/Alexakis/);
    expect(lastSpeaker(text)?.role).toBe('subject_counsel');
  });

  it('reads "Ms. Oquendo" as Natalia Oquendo and "Lawyers for the family" as the subject\'s (stop 46)', () => {
    const text = `${LEAD}Natalia Oquendo, a lawyer for the family, said she was restrained. "She could not breathe," Ms. Oquendo said.`;
    expect(lastSpeaker(text)).toMatchObject({ name: 'Natalia Oquendo', role: 'subject_counsel' });
    expect(lastSpeaker(`${LEAD}Lawyers for the family said she was unarmed.`)).toMatchObject({ name: 'attorneys for Dana Whitlock', role: 'subject_counsel' });
  });

  it('reads "a lawyer retained by the family" as the subject\'s lawyer (stop 46)', () => {
    expect(lastSpeaker(`${LEAD}Antonio Romanucci, a lawyer retained by the family, told reporters she was on her way to work.`)).toEqual({ name: 'Antonio Romanucci', role: 'subject_counsel', affiliation: 'lawyer for Dana Whitlock' });
  });

  it('reads "who represents the family" in a speaker phrase as the subject\'s lawyer', () => {
    expect(lastSpeaker(`${LEAD}Paul Verano, who represents the family, said she was leaving.`)).toEqual({
      name: 'Paul Verano',
      role: 'subject_counsel',
      affiliation: 'lawyer for Dana Whitlock',
    });
  });

  it('reads "an attorney representing Whitlock\'s family" as counsel, not as family', () => {
    expect(lastSpeaker(`${LEAD}"She was leaving," said Paul Verano, an attorney representing Whitlock's family.`)).toMatchObject({
      role: 'subject_counsel',
    });
  });

  it('reads a lawyer the family retained or is represented by, named in another sentence', () => {
    expect(lastSpeaker(`${LEAD}Whitlock's family has retained the civil rights attorney Paul Verano. "She was leaving," Verano said.`)).toEqual({
      name: 'Paul Verano',
      role: 'subject_counsel',
      affiliation: 'attorney for Dana Whitlock',
    });
    expect(lastSpeaker(`${LEAD}The family is represented by Paul Verano. "She was leaving," Verano said.`)).toMatchObject({ role: 'subject_counsel' });
  });

  it('reads a lawyer someone hired, set off by a comma, with the client a pronoun names', () => {
    const text = 'Federal agents shot Nico Ambar, 41, in the leg in Yuma on March 2.\n\nHe has hired an attorney, Lorna Veit, who said the agents never identified themselves. "He was backing up," Veit said.';
    expect(lastSpeaker(text)).toEqual({ name: 'Lorna Veit', role: 'subject_counsel', affiliation: 'attorney for Nico Ambar' });
    // The sentence before names him by a surname his sister shares: "he" has no antecedent of its own, and is the subject.
    const shared =
      'Federal agents shot Nico Ambar, 41, in the leg in Yuma on March 2. His sister, Rita Ambar, said he was unarmed.\n\nAmbar has a cut on his arm. He has hired an attorney, Lorna Veit, who said the agents never identified themselves.';
    expect(lastSpeaker(shared)).toEqual({ name: 'Lorna Veit', role: 'subject_counsel', affiliation: 'attorney for Nico Ambar' });
  });

  it('leaves a lawmaker who represents a district, a hired pathologist and the officer\'s lawyer out of the subject\'s side', () => {
    expect(lastSpeaker(`${LEAD}Rep. Ilse Moreno, who represents the district, said she was leaving.`)).toMatchObject({ role: 'elected_official' });
    expect(lastSpeaker(`${LEAD}The family hired pathologist Paul Verano. "She was shot in the back," Verano said.`)).toMatchObject({ role: 'other' });
    const officer = 'Agent Tom Reese shot and killed Dana Whitlock on Wednesday. Reese has hired attorney Mark Tolliver. "He feared for his life," Tolliver said.';
    expect(lastSpeaker(officer)).toMatchObject({ name: 'Mark Tolliver', role: 'other' });
  });

  it('reads a relation set off before a speaker phrase that opens on the name, but not inside another clause', () => {
    expect(lastSpeaker(`${LEAD}Her wife, Lena Whitlock, who was filming from the sidewalk, said the couple had stopped.`)).toEqual({
      name: 'Lena Whitlock',
      role: 'family',
      affiliation: 'wife of Dana Whitlock',
    });
    // Not the sister's relation: one "who was filming" is a witness (stop 48).
    expect(lastSpeaker(`${LEAD}Speaking after her sister, Lena Ortiz, who was filming, said the couple had stopped.`)).toMatchObject({ role: 'witness' });
  });
});

describe('a lawyer or relative of the subject who is never named', () => {
  it('is named by the relation ("attorney for …"), and a "she" after them is them, not the man', () => {
    const found = analyseText('Agents shot and killed Alex Pretti on Saturday. "We want answers," his attorney said. "He was unarmed," she added.', {
      anchorDate: '2026-01-24',
    }).attributions;
    expect(found.map((a) => [a.speaker?.name, a.speaker?.role])).toEqual([
      ['attorney for Alex Pretti', 'subject_counsel'],
      ['attorney for Alex Pretti', 'subject_counsel'],
    ]);
  });

  it('reads "their attorney" after the family as the family\'s counsel, and the "who" after it as the same', () => {
    const text = `${LEAD}An autopsy commissioned by the family found she was shot in the back, according to their attorney, who said the report would be filed this week.`;
    const found = analyseText(text, { anchorDate: '2026-01-10' }).attributions;
    expect(found.map((a) => [a.source?.text, a.speaker?.name, a.speaker?.role])).toEqual([
      ['their attorney', 'attorney for the family of Dana Whitlock', 'subject_counsel'],
      ['who', 'attorney for the family of Dana Whitlock', 'subject_counsel'],
    ]);
    // "their" nearest to other people than a family is no one sure; nor is "their son".
    expect(lastSpeaker(`${LEAD}The protesters marched to the courthouse, their attorney said.`)).toBeNull();
    expect(lastSpeaker(`${LEAD}The family gathered on Friday. "She loved them," their son said.`)).toBeNull();
  });

  it('stays unnamed when the "his" would be taken by a man who is not the subject', () => {
    const text = `${LEAD}Her neighbor Tom Reyes filmed it. Reyes called it cruel. "He is shaken," his brother said.`;
    expect(lastSpeaker(text)).toBeNull();
  });
  it('reads "Attorney Rebecca Lund represents Dana Whitlock" outside any source as her lawyer, and a lawmaker representing a district as no one\'s', () => {
    expect(lastSpeaker(`${LEAD}Attorney Rebecca Lund represents Dana Whitlock's family. Lund said she was leaving.`)).toEqual({
      name: 'Rebecca Lund',
      role: 'subject_counsel',
      affiliation: 'attorney for Dana Whitlock',
    });
    expect(lastSpeaker(`${LEAD}Rebecca Lund, a civil rights lawyer, has represented Whitlock since May. Lund said she was leaving.`)?.role).toBe('subject_counsel');
    expect(lastSpeaker(`${LEAD}Rep. Rebecca Lund represents the district. Lund said she was leaving.`)?.role).toBe('elected_official');
    expect(lastSpeaker(`${LEAD}Rebecca Lund represents Whitlock's neighbors. Lund said she was leaving.`)?.role).toBe('other');
  });
});

describe('retainedInDescription: the client before the verb (stop 51)', () => {
  it('makes "Ana Ruiz, a lawyer the family hired" and "a lawyer his parents hired" the subject\'s counsel, not kin', () => {
    const text = 'Agents shot Rafael Mendoza on Monday. Ana Ruiz, a lawyer the family hired, said he was unarmed. Tom Lee, a lawyer his parents hired, said he was scared.';
    const out = analyseText(text, { anchorDate: '2026-03-10' }).attributions.map((a) => [a.speaker?.name, a.speaker?.role]);
    expect(out).toEqual([
      ['Ana Ruiz', 'subject_counsel'],
      ['Tom Lee', 'subject_counsel'],
    ]);
  });
});

describe('a lawyer "who has represented him" (stop 63)', () => {
  const speakerOf = (text: string) => analyseText(text, { anchorDate: '2026-03-01' }).attributions[0]?.speaker;

  it('reads the lawyer of the officer the pronoun means as no counsel of the one shot', () => {
    const text = 'Agent Bryce Kellerman shot Rafael Ocampo on Nov. 14. Kellerman could not be reached for comment, and Mark Stroud, a lawyer who has represented him in an unrelated matter, said he did not represent Kellerman in this case.';
    expect(speakerOf(text)?.role).not.toBe('subject_counsel');
  });

  it('reads "a lawyer who represents Ocampo" as his counsel', () => {
    expect(speakerOf('Agents shot Rafael Ocampo on Nov. 14. Mark Stroud, a lawyer who represents Ocampo, said he was unarmed.')).toMatchObject({ role: 'subject_counsel', affiliation: 'lawyer for Rafael Ocampo' });
  });
});

describe('a lawyer "was hired by the family of" the one shot (stop 63)', () => {
  it('reads the lawyer the family hired as counsel, and one the city hired as no one’s', () => {
    expect(lastSpeaker('An ICE officer shot Tomás Escalante Rivas on Nov. 14. Marisol Vandenberg, a Seattle civil rights and immigration attorney, was hired by the family of Tomás Escalante Rivas a day later. Vandenberg said the truck never moved.')).toMatchObject({ role: 'subject_counsel' });
    expect(lastSpeaker('An ICE officer shot Tomás Rivas on Nov. 14. Ana Lee, a lawyer, was hired by the city to review the case. Lee said the review was open.')?.role).not.toBe('subject_counsel');
  });
});

describe('a lawyer "the family has retained" (stop 65)', () => {
  it('reads the lawyer as counsel, never kin, whether or not the story names the one shot, set off in a source or not', () => {
    expect(lastSpeaker('Marcus Feeney, a lawyer the family retained, said the shooting was wrong.')?.role).toBe('subject_counsel');
    expect(lastSpeaker('An ICE officer shot Osvaldo Rentería, 37, on Jan. 21. Marcus Feeney, a lawyer whom the family retained, said the shooting was wrong.')).toMatchObject({ role: 'subject_counsel', affiliation: 'lawyer for Osvaldo Rentería' });
    expect(lastSpeaker('An ICE officer shot Osvaldo Rentería, 37, on Jan. 21. Marcus Feeney, a civil rights attorney the family has retained, disputed that characterization. He said the family knew of no conviction.')?.role).toBe('subject_counsel');
  });
});

describe('a lawyer\'s co-counsel (stop 65)', () => {
  it('reads "Feeney\'s co-counsel, Priya Raman" as counsel for Feeney\'s client, set before the name or after it', () => {
    const lead = 'An ICE officer shot Osvaldo Rentería, 37, on Jan. 21. Marcus Feeney, a lawyer for Rentería\'s family, said the shooting was wrong. ';
    expect(lastSpeaker(`${lead}Feeney's co-counsel, Priya Raman, said the family had commissioned a second autopsy.`)).toMatchObject({ name: 'Priya Raman', role: 'subject_counsel', affiliation: 'co-counsel for Osvaldo Rentería' });
    expect(lastSpeaker(`${lead}Priya Raman, Feeney's co-counsel, said the family would ask the court to release it.`)).toMatchObject({ name: 'Priya Raman', role: 'subject_counsel' });
    // The co-counsel of one the text never made counsel is no one's counsel this way.
    expect(lastSpeaker('An ICE officer shot Osvaldo Rentería, 37, on Jan. 21. Marcus Feeney, a neighbor, said the shooting was wrong. Feeney\'s co-counsel, Priya Raman, said the review was slow.')?.role).not.toBe('subject_counsel');
  });
});

describe('a lawyer "who said she had been retained by" the family (stop 65)', () => {
  it('reads the relative after the lawyer\'s noun, the speaker\'s own "said she" and auxiliaries passed', () => {
    const lead = 'Police said an ICE officer tackled Daniyar Seitkali, 28, on Oct. 14. ';
    expect(lastSpeaker(`${lead}Rebecca Thornquist, a Boston immigration attorney who said she had been retained by Seitkali's family, said he has no record.`)).toMatchObject({ role: 'subject_counsel', affiliation: 'attorney for Daniyar Seitkali' });
    expect(lastSpeaker(`${lead}Rebecca Thornquist, an attorney who was hired by the family, said he has no record.`)?.role).toBe('subject_counsel');
    // Hired by someone else's family: no counsel of his.
    expect(lastSpeaker(`${lead}Rebecca Thornquist, an attorney who was hired by the city, said the review was slow.`)?.role).not.toBe('subject_counsel');
  });
});

describe('a lawyer "who said she had been retained by" the family, set off outside any source (stop 65)', () => {
  it('reads the lawyer named in a sentence with no cue as counsel of the one the story names', () => {
    const text = 'Police said an ICE officer tackled Daniyar Seitkali, 28, on Oct. 14. Rebecca Thornquist, a Boston immigration attorney who said she had been retained by Seitkali\'s family on Tuesday afternoon, called the account "a fiction." Thornquist said he has no record.';
    expect(lastSpeaker(text)).toMatchObject({ name: 'Rebecca Thornquist', role: 'subject_counsel', affiliation: 'attorney for Daniyar Seitkali' });
  });
});

describe('no one is their own lawyer (stop 65)', () => {
  it('gives the lawyer "retained by the family" no client when the family reads back to herself', () => {
    const text = "SALEM, Ore. — A federal immigration officer shot a man in his car early Saturday outside an apartment complex in northeast Salem, wounding him in what U.S. Immigration and Customs Enforcement described as an act of self-defense against a driver who tried to run agents down.\nThe man, identified by relatives as Wilmer Castellanos Peña, 29, was taken to Salem Hospital with gunshot wounds to his arm and chest. A hospital spokeswoman said Saturday evening that he was in serious but stable condition.\nAndrea Solís-Whitcomb, a Portland immigration attorney who said she has been retained by the family, called the shooting \"a reckless use of deadly force against a man sitting in his own car.\" She said she had watched a short video recorded by a neighbor's doorbell camera and that it did not show the car moving toward anyone.\n\"ICE put out a statement within three hours saying he tried to run somebody over,\" Solís-Whitcomb said. \"They didn't have the facts in three hours. They had a story.\"\nFederal prosecutors in Portland said late Saturday that Castellanos had been charged with assaulting a federal officer with a deadly weapon. A spokesman for the U.S. Attorney's Office for the District of Oregon, Gil Romero, confirmed the charge but declined to comment further.";
    const speaker = analyseText(text, { anchorDate: '2025-09-13', bodyStart: 0, outlet: 'Willamette Valley Ledger' }).attributions.find((a) => a.source?.text === 'Solís-Whitcomb')?.speaker;
    expect(speaker?.role).toBe('subject_counsel');
    expect(speaker?.affiliation).not.toBe('attorney for Andrea Solís-Whitcomb');
  });
});

describe('counsel relations: a city\'s own lawyer (stop 71)', () => {
  it('reads "the city attorney" as an official, never the counsel of the one force was used on', () => {
    expect(lastSpeaker(`${LEAD}The city attorney, Renee Lindqvist, said the resolution would not conflict with federal law.`)?.role).toBe('official');
  });
});
