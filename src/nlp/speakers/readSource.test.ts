import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

/** Each attribution's source and the speaker it resolves to. */
function speakers(text: string): [string | null, string | null][] {
  return analyseText(text, { anchorDate: '2026-04-22', bodyStart: 0, outlet: null }).attributions.map((a) => [a.source?.text ?? null, a.speaker?.name ?? null]);
}

describe('readSource', () => {
  it('reads "he said" after a quotation of several sentences as the one named just before the quotation', () => {
    const text = 'An ICE agent shot Andre Villaseñor, 24, in Phoenix on Monday. In a video posted from his hospital bed Wednesday, Villaseñor addressed his followers. "I\'m alive. They shot me for filming. I was not touching anybody. I was backing up like he told me to," he said.';
    expect(speakers(text).at(-1)).toEqual(['he', 'Andre Villaseñor']);
  });

  it('reads "she said" after a spokesperson of no gender as the body they speak for, when no woman is within reach', () => {
    const text = 'His sister, Daniela Ayala, said he was awake.\n\nAn ICE officer shot the man on Friday. Officers fired twice. The car stopped.\n\nA spokesperson for the King County Sheriff\'s Office said deputies found federal agents on scene. Deputies rendered first aid, she said.';
    expect(speakers(text).at(-1)).toEqual(['she', 'King County Sheriff\'s Office']);
  });

  it('reads a name called out before a body ("Mr. Haverkamp, the agency said") as whom the words are put to, and the body as speaking', () => {
    const text = 'DHS said the man fired first.\n\nREP. OCHOA: Mr. Haverkamp, the agency said the man fired first. Is that right?';
    expect(speakers(text).at(-1)?.[1]).toBe('Department of Homeland Security');
    expect(speakers('Ana Ruiz, the mayor, said the agents lied.')[0][1]).toBe('Ana Ruiz');
  });

  it('reads a speaker "identified in the report only as" a pseudonym as no one who spoke through the report', () => {
    const text = 'The DHS Office of Inspector General released its report Tuesday. One officer, identified in the report only as Deportation Officer 2, told investigators he saw nothing. The report says the officers waited seven minutes.';
    expect(speakers(text).at(-1)).toEqual(['The report', 'DHS Office of Inspector General']);
  });

  it('reads a given name alone ("Yesenia said") as the one person the text names in full with it', () => {
    const text = 'Border Patrol agents shot Efraín Torres Solórzano, 31, on Jan. 22. His sister, Yesenia Torres, spoke at a vigil.\n\n"He was parked," Yesenia said.';
    expect(speakers(text).at(-1)).toEqual(['Yesenia', 'Yesenia Torres']);
    expect(speakers('Agents shot Ana Ruiz and questioned Ana Lopez. "It was fast," Ana said.').at(-1)).toEqual(['Ana', null]);
  });

  it('reads a surname a man of a double surname shares with his sister as his, when he is named with an age and she as his sister', () => {
    const text = 'Federal agents broke the wrist of Marcos Villalobos Ortega, 34, during a raid on Feb. 11. His sister, Araceli Villalobos, said the family was not told. "I kept telling them, I\'m a citizen," Villalobos said.';
    expect(speakers(text).at(-1)).toEqual(['Villalobos', 'Marcos Villalobos Ortega']);
    // Introduced by an apposition, with no age to tell them apart, the surname both bear is no one's, not the sister's.
    const ageless = 'Federal agents broke the wrist of Marcos Villalobos Ortega, a U.S. citizen, during a raid. His sister, Araceli Villalobos, said the family was not told. "I kept telling them, I\'m a citizen," Villalobos said.';
    expect(speakers(ageless).at(-1)?.[1]).not.toBe('Araceli Villalobos');
  });

  it('reads one "who was filming" the arrest as a witness', () => {
    const text = 'ICE officers tackled Arturo Delgado, 52, on Thursday. Maria Lopez, who was filming from her porch, said he was not resisting.';
    expect(analyseText(text, { anchorDate: '2026-04-22', bodyStart: 0, outlet: null }).attributions.at(-1)?.speaker?.role).toBe('witness');
  });

  it('reads a name the text writes as a body ("Prairie Gold Pork, which employs …", "the Prairie Gold Pork plant") as no person a "he" may mean', () => {
    const text = 'Marcos Villalobos Ortega, 34, works at the Prairie Gold Pork plant. Prairie Gold Pork, which employs about 1,400 people, said it is cooperating. He has not been back to work, he said.';
    const found = speakers(text);
    expect(found[0]).toEqual(['Prairie Gold Pork, which employs about 1,400 people', 'Prairie Gold Pork']);
    expect(found.at(-1)?.[1]).not.toBe('Prairie Gold Pork');
  });

  it('reads "he said" after one introduced as "a retired mail carrier named Walt Dunnigan" as him', () => {
    const text = 'ICE agents arrested Leticia Orozco, 36, on Jan. 31. Another resident, a retired mail carrier named Walt Dunnigan, 71, said he watched from his porch. "She was not fighting anybody," he said.';
    expect(speakers(text).at(-1)).toEqual(['he', 'Walt Dunnigan']);
  });

  it('reads a lawyer "with the ACLU" as no one\'s counsel, unless the words say whom she represents', () => {
    const role = (text: string) => analyseText(text, { anchorDate: '2026-04-22', bodyStart: 0, outlet: null }).attributions.at(-1)?.speaker?.role;
    expect(role('ICE agents shot Devin Akers, 31, on Jan. 24. Priya Raman, a staff attorney with the ACLU of Colorado, said parents have rights.')).toBe('other');
    expect(role('ICE agents shot Devin Akers, 31, on Jan. 24. Priya Raman, a staff attorney with the ACLU of Colorado who represents Akers, said he was unarmed.')).toBe('subject_counsel');
    expect(role('ICE agents shot Devin Akers, 31, on Jan. 24. Priya Raman, an attorney who represents Akers, said he was unarmed.')).toBe('subject_counsel');
    expect(role('ICE agents shot Devin Akers, 31, on Jan. 24. Fernando García, an immigration lawyer who has tracked pursuits, said the agents were reckless.')).toBe('other');
  });

  it('reads U.S. Northern Command as an official body (vocab/agencies.json)', () => {
    const a = analyseText('U.S. Northern Command said in a statement that the soldier acted in self-defense.', { anchorDate: '2026-04-22', bodyStart: 0, outlet: null }).attributions[0];
    expect([a.speaker?.name, a.speaker?.role]).toEqual(['U.S. Northern Command', 'official']);
  });

  it('reads "The man shot by a federal immigration officer … has been identified by his family as NAME" as the man, whose sister is family', () => {
    const text = 'The man shot by a federal immigration officer in Burien on Friday has been identified by his family as Jonathan Ayala Ruiz, 26. His sister, Daniela Ayala, told the Highline Times he was awake.';
    expect(analyseText(text, { anchorDate: '2026-03-07', bodyStart: 0, outlet: null }).attributions.at(-1)?.speaker?.role).toBe('family');
  });

  it('reads a lede\'s "A Mesa man says …" as the one named with an age a few paragraphs on, the subject', () => {
    const text = 'A Mesa man says federal agents pulled him from his car and pinned him to the ground on Monday.\n\nThe Department of Homeland Security says he tried to run agents over.\n\nReporter Ana Lind spoke with the man Thursday.\n\nAndrés Villalobos, 26, said he was driving home.';
    const first = analyseText(text, { anchorDate: '2026-04-22', bodyStart: 0, outlet: null }).attributions[0].speaker;
    expect([first?.name, first?.role]).toEqual(['Andrés Villalobos', 'subject']);
  });

  it('reads a person\'s account ("according to Okafor\'s account") as that person, and a body\'s as the body', () => {
    const text = 'Delia Okafor, a neighbor, said she watched from her porch. According to Okafor\'s account, the truck rolled backward slowly.';
    expect(speakers(text).at(-1)).toEqual(["Okafor's account", 'Delia Okafor']);
    expect(speakers('Border Patrol agent John Smith testified Tuesday. According to Smith’s testimony, the truck sped toward agents.').at(-1)).toEqual(['Smith’s testimony', 'John Smith']);
    expect(speakers('According to DHS\'s account, the truck sped toward agents.')[0][1]).toBe('Department of Homeland Security');
  });

  it('reads a recording, whoever owns it ("The agency\'s video", "The agent\'s own body camera"), as no one', () => {
    expect(speakers('A Border Patrol agent shot Ana Ruiz, 30, on Jan. 5. The agency\'s video shows the car was parked when the agent fired.').at(-1)).toEqual(["The agency's video", null]);
    expect(speakers('A Border Patrol agent shot Ana Ruiz, 30, on Jan. 5. The agent\'s own body camera shows the car was parked.').at(-1)?.[1]).toBeNull();
  });

  it('reads an "It" opening its sentence after one that opened on footage as the footage, no agency', () => {
    const text = 'ICE said the man ran into the path of its vehicle. The footage, which KXRD has reviewed, is about 30 seconds long. It shows a man running between two parked cars.';
    expect(speakers(text).at(-1)).toEqual(['It', null]);
    expect(speakers('ICE released a statement Tuesday. It said the man ran.').at(-1)?.[1]).toBe('U.S. Immigration and Customs Enforcement');
  });

  it('reads the "who" inside another speaker phrase as the name it follows ("His employer, Dwayne Pittman, who said he watched …, said")', () => {
    const text = 'ICE officers shot Wilfredo Zamora on Dec. 3. His employer, Dwayne Pittman, who said he watched from the loading dock, said the van was parked.';
    expect(speakers(text).map((s) => s[1])).toEqual(['Dwayne Pittman', 'Dwayne Pittman']);
  });

  it('reads no one for a "she said" after someone else takes the floor ("Then Daniela spoke for herself.")', () => {
    const text = 'Mayor Ana Ruiz spoke first. "We want answers," she said. Then Daniela spoke for herself. "He was my father," she said.';
    expect(speakers(text).map((s) => s[1])).toEqual(['Ana Ruiz', null]);
    expect(speakers(text.replace('Then Daniela spoke for herself.', 'Ruiz then spoke about the budget.')).map((s) => s[1])).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  it('reads a "she said" after the press asks ("the reporter asked") as the one who was speaking before', () => {
    const text = 'Police Chief Avery Lindqvist said officers secured the scene.\n\n"What\'s on it?" the reporter asked.\n\n"I\'m not going to characterize evidence," she said.';
    expect(speakers(text).at(-1)).toEqual(['she', 'Avery Lindqvist']);
    // A question that names whom it asks keeps "she" from passing over her to one who spoke before.
    const asked = 'Police Chief Avery Lindqvist said officers secured the scene. Councilmember Ruth Akande said residents were scared. "People are scared," she said.\n\nA reporter asked Lindqvist whether her department would cooperate. She glanced at the mayor.\n\n"We follow state law," she said.';
    expect(speakers(asked).at(-1)?.[1]).not.toBe('Ruth Akande');
  });

  it('reads "One of them" as one of the group "them" points back to (stop 43)', () => {
    expect(speakers('Two officials said the plan was dead. One of them said it would return.')).toEqual([
      ['Two officials', 'officials'],
      ['One of them', 'one of the officials'],
    ]);
  });

  it('reads a "who" after a group no person is named in as that group: "a clash between federal officials, who said" (stop 43)', () => {
    const text = 'An ICE officer shot a man on Wednesday, setting off a clash between federal officials, who said the man tried to run the officer over, and state leaders, who demanded an inquiry.';
    const found = analyseText(text, { anchorDate: '2026-11-20', bodyStart: 0, outlet: null }).attributions;
    expect(found.map((a) => [a.source?.text, a.speaker?.name, a.speaker?.role, a.content.text])).toEqual([['who', 'federal officials', 'official', 'the man tried to run the officer over']]);
    // A single noun before it ("angering the mayor, who said") is no group: no speaker, rather than a guess.
    expect(speakers('An ICE officer shot a man on Wednesday, angering the mayor, who said the man was unarmed.')).toEqual([['who', null]]);
  });

  it('reads a relation set off before a name inside the source phrase as the person\'s', () => {
    const text = 'A man died after his car crashed during a Border Patrol pursuit on Aug. 24.\n\nA fundraising page created by his aunt, Rosa Mena, says an agent rammed him. "They killed my nephew," she wrote.';
    const found = analyseText(text, { anchorDate: '2026-08-30', bodyStart: 0, outlet: null }).attributions.map((a) => [a.speaker?.name, a.speaker?.role]);
    expect(found).toEqual([
      ['Rosa Mena', 'family'],
      ['Rosa Mena', 'family'],
    ]);
  });

  it('leaves a party, state or district in parentheses out of the name', () => {
    const text = 'A Border Patrol agent shot Ramon Ibarra near Eagle Pass on Sunday.\n\nSen. Tom Hale (R-Ariz.) said the agent acted properly.\n\nCongresswoman Lena Ortiz (TX-23) said the video must be released.';
    expect(speakers(text)).toEqual([
      ['Sen. Tom Hale (R-Ariz.)', 'Tom Hale'],
      ['Congresswoman Lena Ortiz (TX-23)', 'Lena Ortiz'],
    ]);
    // A city council member's ward (stop 41).
    expect(speakers('Agents fired tear gas on Friday.\n\nAld. Ruth Cruz (30th) said she saw agents.')).toEqual([['Ald. Ruth Cruz (30th)', 'Ruth Cruz']]);
  });

  it('reads a congressional leader’s title as a title, not as part of the name', () => {
    const text = 'A Border Patrol agent shot Ramon Ibarra near Eagle Pass on Sunday.\n\nSenate Minority Leader Ana Ruiz (D-Nev.) said the agent must be named. Ruiz said the video should be released.';
    expect(speakers(text)).toEqual([
      ['Senate Minority Leader Ana Ruiz (D-Nev.)', 'Ana Ruiz'],
      ['Ruiz', 'Ana Ruiz'],
    ]);
  });

  it('reads a relative "who" as the person named right before it, and as nobody past other words or two names', () => {
    const one = 'Agents fired pepper balls at the crowd on Saturday. "Nobody was throwing anything," said Maya Collins, 34, of Salem, who said she was hit in the leg.';
    expect(speakers(one).find(([source]) => source === 'who')).toEqual(['who', 'Maya Collins']);
    const two = 'Agents fired pepper balls at the crowd on Saturday, angering Tom Hale and Ana Ruiz, who said the agents lied.';
    expect(speakers(two).find(([source]) => source === 'who')?.[1] ?? null).toBeNull();
    const far = 'Tom Hale watched the agents fire pepper balls at Saturday’s crowd of organizers, who said the agents lied.';
    expect(speakers(far).find(([source]) => source === 'who')?.[1] ?? null).toBeNull();
  });

  it('reads no person in an organization named with "Affairs"', () => {
    const text = 'The senator spoke before the American Israel Public Affairs Committee on Monday. "Some things are not negotiable," she said.';
    expect(analyseText(text, { anchorDate: '2026-04-22', bodyStart: 0, outlet: null }).analysis.mentions.filter((m) => m.kind === 'person')).toEqual([]);
  });
});

describe('a criminal caption\'s party in the filing itself', () => {
  const order = (body: string) => `UNITED STATES OF AMERICA v. ANA RUIZ\n\nMEMORANDUM OPINION AND ORDER\n\nA Border Patrol agent shot Defendant Ana Ruiz on October 4. ${body}`;

  it('reads "Defendant" in the order as the person the caption charges, and "the government" as the prosecution', () => {
    const found = analyseText(order('The government alleged that Ruiz rammed the agent’s car. Defendant argues that the agent turned into her car.'), { anchorDate: '2026-04-22' }).attributions;
    expect(found.map((a) => [a.source?.text, a.speaker?.name, a.speaker?.role])).toEqual([
      ['The government', 'prosecutors', 'prosecutor'],
      ['Defendant', 'Ana Ruiz', 'subject'],
    ]);
  });

  it('leaves "Defendant" alone in a news story', () => {
    const story = 'A Border Patrol agent shot Ana Ruiz on October 4. She was charged with assault. Defendant argues that the agent turned into her car.';
    expect(speakers(story).find(([source]) => source === 'Defendant')?.[1]).toBeNull();
  });
});

describe('readSource: a statement that says', () => {
  it('gives "which said" after a statement its issuer, and a bare "which" no one', () => {
    expect(speakers('Agents shot Ana Ruiz on Monday, according to a DHS statement, which said the officer feared for his life.')).toEqual([
      ['a DHS statement', 'Department of Homeland Security'],
      ['which', 'Department of Homeland Security'],
    ]);
    expect(speakers('The agency released a statement, which said the officer fired in self-defense.')).toEqual([['which', null]]);
  });
});

describe('readSource: an opinion and who wrote it', () => {
  it('reads a court\'s unsigned or majority opinion as the court, and a lawyer\'s or an agency\'s opinion as no court', () => {
    expect(speakers('"The court expresses no view," the unsigned opinion said.')[0][1]).toBe('court order');
    expect(speakers('The majority opinion said the search was lawful.')[0][1]).toBe('court order');
    expect(speakers('A legal opinion drafted for the firm in 2012 said no filing was needed.')[0][1]).toBeNull();
  });

  it('reads "the opinion said" as the judge said to have written "a 62-page opinion" just before', () => {
    const text = 'Agents fired tear gas on Oct. 3. In a 62-page opinion, U.S. District Judge Ana Ruiz wrote that no protester threw anything. The opinion said a pastor was hit.';
    expect(speakers(text).map((s) => s[1])).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  it('gives an autopsy report released by a medical examiner\'s office that office, and "the report" after it', () => {
    const text = 'He was shot twice in the back, according to an autopsy report released Wednesday by the Pima County Office of the Medical Examiner. Toxicology tests found no drugs, the report said.';
    expect(speakers(text).map((s) => s[1])).toEqual(['Pima County Office of the Medical Examiner', 'Pima County Office of the Medical Examiner']);
  });
});

describe('readSource: a body and a relative clause after it', () => {
  it('reads "ICE, which oversees HSI, said" as ICE', () => {
    const text = 'An HSI special agent shot Gerardo Nunez on Sunday.\n\nIn a statement, ICE, which oversees HSI, said Nunez brandished a firearm.';
    expect(speakers(text)).toEqual([['ICE, which oversees HSI', 'U.S. Immigration and Customs Enforcement']]);
  });
});

describe('readSource: a hospital spokeswoman in a lede', () => {
  it('is not the woman the lede is about, named in the next paragraph', () => {
    const text = 'A woman shot by a Border Patrol agent has been upgraded to fair condition, a hospital spokeswoman said Thursday.\n\nYesenia Carrillo, 41, was hit in the abdomen.';
    expect(speakers(text)).toEqual([['a hospital spokeswoman', null]]);
  });
});

describe('readSource: a spokesperson whose modifier names another kind of body (stop 40)', () => {
  it('gives "a police spokesperson" no agency named before, and keeps "an agency spokesperson" the agency', () => {
    const text = 'A Border Patrol agent shot a man in San Diego on Monday. An agency spokesperson said the agent was not hurt. The agent was not hurt, a police spokesperson said.';
    expect(speakers(text)).toEqual([
      ['An agency spokesperson', 'U.S. Border Patrol'],
      ['a police spokesperson', null],
    ]);
  });
});

describe('readSource: a surname an uncle shares with the boy shot (stop 40)', () => {
  const text =
    'The family of a 16-year-old boy shot by a Border Patrol agent near the fence on Sunday says he was unarmed.\n\nHis uncle, Jorge Ramírez, said the boy, Daniel Ramírez, had gone to buy snacks. "He was just a kid. He didn\'t throw anything," Ramírez said.';

  it('reads the family of the boy named in the uncle\'s words ("said the boy, Daniel Ramírez,") as his', () => {
    expect(speakers(text)[0][1]).toBe('family of Daniel Ramírez');
  });

  it('gives the surname alone to the uncle who has just spoken in the paragraph, not to the boy', () => {
    expect(speakers(text).slice(1).map((s) => s[1])).toEqual(['Jorge Ramírez', 'Jorge Ramírez']);
  });
});

describe('readSource: a surname a father shares with the girl, in the paragraph after he spoke (stop 58)', () => {
  const opening = 'Agents pepper-sprayed Daniela Ruvalcaba, 15, outside a church on Saturday.\n\nHer father, Hector Ruvalcaba, said she was taken to Mount Sinai Hospital and released the same evening. He kept the discharge papers.\n\n';

  it('gives the surname alone to the father going on when his words speak of "she", the girl, not to her', () => {
    const text = `${opening}"She was standing there with her friends," Ruvalcaba said. "She had her phone out."`;
    expect(speakers(text).at(-1)).toEqual(['Ruvalcaba', 'Hector Ruvalcaba']);
  });

  it('leaves the rules after it to decide when the words speak of no one of her gender, or in the first person', () => {
    const plain = `${opening}"The agents were out of control," Ruvalcaba said.`;
    expect(speakers(plain).at(-1)?.[1]).not.toBe('Hector Ruvalcaba');
    const own = `${opening}"I was standing there with my friends," Ruvalcaba said.`;
    expect(speakers(own).at(-1)?.[1]).not.toBe('Hector Ruvalcaba');
  });
});

describe('readSource: a courtesy title before a surname two people share (stop 58)', () => {
  it('reads "Mr. Petrenko" as the man and "Mrs. Petrenko" as his wife', () => {
    const text = 'Oleksandr Petrenko, 38, was tased by ICE officers. His wife, Iryna Petrenko, watched.\n\n"I wasn\'t moving," Mr. Petrenko said. "He screamed," Mrs. Petrenko said.';
    expect(speakers(text)).toEqual([
      ['Mr. Petrenko', 'Oleksandr Petrenko'],
      ['Mrs. Petrenko', 'Iryna Petrenko'],
    ]);
  });

  it('gives "Mr. Petrenko" to no one when the one named in full with the surname is a woman', () => {
    const text = 'Mr. Petrenko, 38, was tased by ICE officers. His wife, Iryna Petrenko, watched.\n\n"I wasn\'t moving," Mr. Petrenko said.';
    expect(speakers(text)).toEqual([['Mr. Petrenko', null]]);
  });
});

describe('readSource: a statement a relative "which" follows', () => {
  it('reads "the agency\'s earlier statement, which said" as the agency', () => {
    const text =
      'ICE officers shot Tou Vang on Feb. 26.\n\nA DHS spokesperson said the review continues. The spokesperson did not address the agency\'s earlier statement, which said Vang "attempted to run over the officer."';
    expect(speakers(text)[1]).toEqual(['which', 'Department of Homeland Security']);
  });

  it('leaves "a statement, which said" to no one when it names no issuer', () => {
    expect(speakers('ICE officers shot Tou Vang on Feb. 26.\n\nThe ruling cited a statement, which said Vang was unarmed.')[1]).toEqual(['which', null]);
  });
});

describe('readSource: a title set off before the name', () => {
  it('reads "The agent, Kyle Brandt," as an official, wherever he speaks next', () => {
    const text = 'A Border Patrol agent shot a ranch hand in March.\n\nThe agent, Kyle Brandt, 34, fired four times. Brandt told investigators that the man had raised a pipe.';
    expect(analyseText(text, { anchorDate: '2026-08-12', bodyStart: 0, outlet: null }).attributions.map((a) => [a.speaker?.name, a.speaker?.role])).toEqual([['Kyle Brandt', 'official']]);
  });
});

describe('readSource: whose lawyer or wife', () => {
  it("reads the agent's lawyer as no voice of the man he shot", () => {
    const text = 'A Border Patrol agent shot Ernesto Villalobos in March.\n\nThe agent, Kyle Brandt, 34, fired four times. Brandt\'s lawyer, Michael Steiner, said his client acted lawfully.';
    const found = analyseText(text, { anchorDate: '2026-08-12', bodyStart: 0, outlet: null }).attributions.map((a) => [a.speaker?.name, a.speaker?.role]);
    expect(found).toEqual([['Michael Steiner', 'other']]);
  });

  it('reads "his wife" after a spokesperson\'s words as no spokesperson\'s wife', () => {
    const text = 'Agents shot Omar Ruiz on Friday.\n\nCBP spokesperson Graham Castellanos said the agency stood by its statement.\n\nMarisol Ruiz, his wife, said their daughters have not been allowed to see him.';
    const found = analyseText(text, { anchorDate: '2026-08-12', bodyStart: 0, outlet: null }).attributions.map((a) => a.speaker?.affiliation ?? null);
    expect(found[1]).not.toBe('wife of Graham Castellanos');
  });
});

describe('readSource: a pronoun after a spokeswoman', () => {
  it('gives "She said" to the body a spokeswoman who spoke since spoke for, not to a woman named before', () => {
    const text = 'Agents detained Rogelio Santos on Saturday, his daughter, Maribel Santos, said. A DHS spokeswoman said Santos refused commands. She said he had a prior DUI conviction.';
    expect(speakers(text).at(-1)).toEqual(['She', 'Department of Homeland Security']);
  });

  it('keeps the woman named since the spokeswoman, and a pronoun of the other gender', () => {
    const named = 'Agents shot Ana Ruiz on Monday. A DHS spokeswoman said Ruiz drove at agents. Her sister, Lena Ruiz, said she was unarmed. She said Ruiz had no record.';
    expect(speakers(named).at(-1)).toEqual(['She', 'Lena Ruiz']);
    const other = 'Agents detained Rogelio Santos on Saturday, his son, Tomas Santos, said. A DHS spokeswoman said Santos refused commands. He said his father was calm.';
    expect(speakers(other).at(-1)).toEqual(['He', 'Tomas Santos']);
  });
  it('reads "it" after a video or a report named in its sentence as that thing, not the agency named before', () => {
    const text = 'DHS says she tried to run the agents over. There is video from the school\'s camera, and it shows the car never moved.';
    expect(speakers(text).find(([source]) => source === 'it')).toEqual(['it', null]);
    expect(speakers('ICE released a video of the stop on Monday. It said the driver had accelerated.').at(-1)).toEqual(['It', 'U.S. Immigration and Customs Enforcement']);
  });
  it('reads an "I" inside the words of a speaker already known (a transcript\'s turn) as that speaker', () => {
    const text =
      'The following is a transcript of a news conference held by Mayor Jacob Frey and Police Chief Brian Ohara after an officer shot a woman on Wednesday.\n\n' +
      'FREY: What I saw is a federal agent firing into a car.\n\nOHARA: Our officers arrived after the shooting.\n\nFREY: They have shared nothing with us.\n\n' +
      "OHARA: I'd add that we have not been given the evidence.";
    expect(speakers(text).at(-1)).toEqual(['I', 'Brian Ohara']);
  });
  it('reads a surname two people share as the one of them named in full before it, when only one was', () => {
    const text = 'Tomás Bernal, 52, says the officers who shot his son never told the family why they came. "They came in the night," Bernal said.\n\nHis son, Diego Bernal, 19, was shot in the stomach. "He is a good boy," Bernal said.';
    expect(speakers(text).map(([, name]) => name)).toEqual(['Tomás Bernal', 'Tomás Bernal', null]);
  });
});

describe('readSource: a foreign post before a name (stop 41)', () => {
  it('gives the consul one role in every attribution, and "the ministry" its ministry', () => {
    const text = [
      'A Border Patrol agent shot and killed a man near Nogales on Sunday.',
      'The Mexican consul in Nogales, Marcela Orozco, told reporters that his relatives were told he had been shot in the back.',
      '"We have not seen any evidence of rocks," Orozco said.',
      "Mexico's Secretariat of Foreign Affairs said it would demand an investigation. The ministry said the family had been notified.",
    ].join('\n\n');
    const found = analyseText(text, { anchorDate: '2026-03-02', bodyStart: 0, outlet: null }).attributions.map((a) => [a.speaker?.name ?? null, a.speaker?.role ?? null]);
    expect(found).toEqual([
      ['Marcela Orozco', 'other'],
      ['Marcela Orozco', 'other'],
      ["Mexico's Secretariat of Foreign Affairs", 'other'],
      ["Mexico's Secretariat of Foreign Affairs", 'other'],
    ]);
  });
});

describe('readSource: "one of them" and a name (stop 41)', () => {
  it('reads "said one of them, Carl Benning," as Carl Benning, and a bare "one" as no one', () => {
    const text = 'Agents fired at a van on Saturday. Two truck drivers told the paper the van was not swerving.\n\n"It was going straight," said one of them, Carl Benning, 61, of Oklahoma City.\n\n"It was fast," said one, a trucker.';
    expect(speakers(text).slice(-2)).toEqual([
      ['one', 'Carl Benning'],
      ['one, a trucker', null],
    ]);
  });
});

describe('readSource: a body named in full beside what it is (stop 42)', () => {
  it('reads the named body on either side of the apposition, never the officers it represents', () => {
    const lead = 'An ICE officer shot a teen in Phoenix on Monday.\n\n';
    expect(speakers(`${lead}The union that represents ICE officers, the National ICE Council, said the officer followed his training.`).at(-1)?.[1]).toBe('National ICE Council');
    expect(speakers(`${lead}The National ICE Council, the union that represents ICE officers, said the officer followed his training.`).at(-1)?.[1]).toBe('National ICE Council');
  });
});

describe('readSource: police, jail and incident records (stop 42)', () => {
  it('reads them as documents, named by what they are', () => {
    const found = analyseText('Agents shot Daniel Ruiz in Phoenix. No weapon was found on him, police records show. The incident report says he ran. Jail records show he was booked on Friday.', { anchorDate: '2026-04-22', bodyStart: 0, outlet: null }).attributions.map((a) => [a.speaker?.name, a.speaker?.role]);
    expect(found).toEqual([
      ['police records', 'court_filing'],
      ['incident report', 'court_filing'],
      ['jail records', 'court_filing'],
    ]);
  });

  it('names an incident or use-of-force report for what it is, not a police report: an agency\'s own record may be one (stop 69)', () => {
    const found = analyseText('ICE said an officer fired once. The Significant Incident Report says DO-1 fired three times. A Tucson police report says the truck reversed.', { anchorDate: '2026-04-22', bodyStart: 0, outlet: null }).attributions.map((a) => a.speaker?.name);
    expect(found).toEqual(['U.S. Immigration and Customs Enforcement', 'incident report', 'Tucson police']);
  });
});

describe('readSource: a name registered as its source is read (stop 42)', () => {
  it('gives it the gender of its given name, so a "she" after it is not him', () => {
    expect(speakers('Rep. Steve Israel (D-N.Y) said the vote was close. She added that the race is about security.').at(-1)?.[1]).toBeNull();
  });
});

describe('readSource: police no story names (stop 42)', () => {
  it('reads a bare "police said" as police, an official voice, and "Dayton police" as the force named', () => {
    const found = analyseText('CHICAGO — A Border Patrol agent shot a man on Saturday, police said.', { anchorDate: '2026-04-22', bodyStart: 0, outlet: null }).attributions.map((a) => [a.speaker?.name, a.speaker?.role, a.speaker?.affiliation]);
    expect(found).toEqual([['police', 'official', null]]);
    expect(speakers('A Border Patrol agent shot a man in Dayton on Saturday, Dayton police said.').at(-1)?.[1]).toBe('Dayton police');
  });

  it('reads a titled person\'s office as that person speaking, and an untitled one\'s as no one (stop 49)', () => {
    const lead = 'SUNLAND PARK, N.M. — A Border Patrol agent shot a man on Saturday. ';
    expect(speakers(`${lead}Doña Ana County Sheriff Alberto Ruelas's office said in a statement that deputies were not involved.`).at(-1)).toEqual(['Doña Ana County Sheriff Alberto Ruelas\'s office', 'Alberto Ruelas']);
    expect(speakers(`${lead}Ana Ruiz's office said the city was not told.`).at(-1)?.[1]).toBeNull();
  });
});

describe('readSource: a phrase that runs on to "it" (stop 50)', () => {
  it('gives "…, who added that DHS has never identified the gang it says he joined" no speaker, not the lawyer', () => {
    const { attributions } = analyseText('An agent shot Tomás Mora on Monday. He had no record, said his attorney, Nadia Petrakis, who added that DHS has never identified the gang it says he joined.', { anchorDate: '2026-03-01' });
    const says = attributions.find((a) => a.cue?.text === 'says');
    expect(says?.source?.text.endsWith(' it')).toBe(true);
    expect(says?.speaker).toBeNull();
  });
});

describe('readSource: "It" after a sentence that opened on a filing (stop 50)', () => {
  it('gives "The complaint offers a narrower account. It says …" not the agency quoted before', () => {
    const text =
      'In a statement, U.S. Customs and Border Protection said agents had ended the pursuit before the crash. The complaint offers a narrower account. It says a supervisory agent ordered the pursuit ended seconds before the crash.';
    const { attributions } = analyseText(text, { anchorDate: '2026-03-01' });
    expect(attributions.find((a) => a.source?.text === 'It')?.speaker).toBeNull();
  });

  it('gives "The criminal complaint is more specific: it says …" not the agency quoted before (stop 63)', () => {
    const text = 'ICE said the officer fired defensive shots. The criminal complaint is more specific: it says the truck "reversed rapidly" and struck an officer.';
    const { attributions } = analyseText(text, { anchorDate: '2026-03-01' });
    expect(attributions.find((a) => a.source?.text === 'it')?.speaker).toBeNull();
  });
});

describe('readSource: a claim filed with an agency (stop 60)', () => {
  it('reads "The claim, filed … with the Department of Homeland Security, says …" as the claim, and the "It" after it as the claim, no one named in it', () => {
    const text =
      'The claim, filed Tuesday with the Department of Homeland Security under the Federal Tort Claims Act, says Rogelio Ventura, 41, was following instructions when an officer fired a Taser. It accuses officers of punching him on the floor.\n\n' +
      'If the agency does not settle, the family intends to sue in the U.S. District Court for the District of Arizona.';
    const { attributions } = analyseText(text, { anchorDate: '2026-03-01' });
    const says = attributions.find((a) => a.cue?.text === 'says');
    expect(says?.speaker?.name).toBe('claim');
    // Filed with an agency, not a court: no district the story names for a later suit is its court.
    expect(says?.speaker?.affiliation).toBeNull();
    // Since stop 67, the "It" opening the next sentence is the claim that spoke, not the agency.
    expect(attributions.find((a) => a.source?.text === 'It')?.speaker?.name).toBe('claim');
  });
});

describe('readSource: a given name alone (stop 52)', () => {
  it('calls no lawyer by a given name a child shares: "Daniel, 6," is not Daniel Okafor, the family\'s attorney', () => {
    const text =
      'Rafael Ortega died after guards restrained him on March 3. The family\'s attorney, Daniel Okafor, said detainees described Ortega as calm.\n\n' +
      'His son Mateo, 11, said he misses him. "He always called," Daniel, 6, said.';
    expect(speakers(text).at(-1)?.[1]).not.toBe('Daniel Okafor');
    // A relative named in full is still called by the given name: "His sister, Yesenia Torres … Yesenia said".
    const kin = 'Agents shot Tomas Torres on March 3. His sister, Yesenia Torres, said he was unarmed.\n\n"He was parked," Yesenia said.';
    expect(speakers(kin).at(-1)).toEqual(['Yesenia', 'Yesenia Torres']);
  });
});

describe('readSource: a surname alone is of someone named before it', () => {
  it('gives "Paz said" after "Lucía Paz Aguirre came home" to her, not to "Gabriela Paz", named only after (stop 53)', () => {
    const text =
      'SALEM, Ore. — Lucía Paz Aguirre came home Monday night after agents detained her at a school.\n\n' +
      'Paz said she had not been allowed to call her children for four days.\n\n' +
      "Paz's sister, Gabriela Paz, cared for the children. She said they still ask for their mother.";
    expect(speakers(text)[0]).toEqual(['Paz', 'Lucía Paz Aguirre']);
  });
});

describe('readSource: a surname two people share', () => {
  it('gives "Benavides said he … his mother" to no sister of the name, and a "He said" after it to no one further back (stop 54)', () => {
    const text =
      'The agreement resolves a claim brought by Arturo Benavides, 34.\n\n' +
      'His sister, Norma Benavides, who was waiting for him, said she heard shouting through a door.\n\n' +
      'Ramón Fierro, a retired CBP supervisor, said the knee was barred.\n\n' +
      'Benavides said he still crosses the bridge to visit his mother, but now he drives. He said he has not been sent to secondary since.';
    expect(speakers(text).slice(-2)).toEqual([
      ['Benavides', null],
      ['He', null],
    ]);
  });
});

describe('readSource: a statement from someone named', () => {
  it('gives words "according to a statement from Tricia Boland, a spokesperson for ICE" to her, and a body\'s statement to the body (stop 54)', () => {
    expect(speakers('According to a statement from Tricia Boland, a spokesperson for ICE, officers were attempting to arrest him.')).toEqual([['a statement from Tricia Boland, a spokesperson for ICE', 'Tricia Boland']]);
    expect(speakers('Officers were attempting to arrest him, according to a statement from Sheriff Tom Hale.')[0][1]).toBe('Tom Hale');
    expect(speakers('Officers were attempting to arrest him, according to a statement from the Department of Homeland Security.')[0][1]).toBe('Department of Homeland Security');
  });
});

describe('readSource: a double surname the text calls by its first word', () => {
  it('reads "Quintero\'s remains … His sister, Daniela, said" as the sister of Rafael Quintero Ibarra, named once with no age (stop 54)', () => {
    const text =
      'SAN DIEGO — Agents fired on a boat off Imperial Beach on Feb. 12. The autopsy report lists the cause of death of Rafael Quintero Ibarra as a gunshot wound.\n\n' +
      'The consulate identified the wounded passenger as Óscar Medina Luján, 26. Medina remains hospitalized.\n\n' +
      "Quintero's remains were returned to Rosarito on Saturday. His sister, Daniela, said about 200 people attended the funeral.";
    const sister = analyseText(text, { anchorDate: '2026-04-22', bodyStart: 0, outlet: null }).attributions.find((a) => a.source?.text === 'His sister, Daniela');
    expect(sister?.speaker).toMatchObject({ name: 'Daniela', role: 'family', affiliation: 'sister of Rafael Quintero Ibarra' });
  });
});

describe('readSource: a name with a nickname', () => {
  it('reads "he told the Courier" after "Sheriff Ramiro \\"Rocky\\" Garza said" as the sheriff, no stranger "Ramiro" between (stop 54)', () => {
    const text = 'Starr County Sheriff Ramiro "Rocky" Garza said his office is assisting the investigation. "We are going to let the evidence speak," he told the Courier.';
    expect(speakers(text).at(-1)).toEqual(['he', 'Ramiro Garza']);
  });

});

describe('readSource: bodies that are no agency, and units named before their agency', () => {
  it('reads a body of vocab/bodies.json, and its affiliate, as the speaker, and "the group" after it as the same body', () => {
    const text = 'The ACLU of Texas said in a statement that the shooting must be investigated. Later, the group said it would sue. The ACLU said it was watching.';
    expect(speakers(text)).toEqual([
      ['The ACLU of Texas', 'American Civil Liberties Union of Texas'],
      ['the group', 'American Civil Liberties Union of Texas'],
      ['The ACLU', 'American Civil Liberties Union'],
    ]);
  });

  it('reads an officer of a union of agents as no official, whatever his title', () => {
    const text = "Brandon Hale, a vice president of the National Border Patrol Council's Local 2366, said the agent was devastated.";
    const [a] = analyseText(text, { anchorDate: '2026-04-22', bodyStart: 0, outlet: null }).attributions;
    expect(a.speaker).toEqual({ name: 'Brandon Hale', affiliation: 'National Border Patrol Council', role: 'other' });
  });

  it('reads a field unit named before its agency ("the San Diego Sector of the Border Patrol") as the agency speaking', () => {
    const [a] = analyseText('The San Diego Sector of the Border Patrol said the driver rammed a vehicle.', { anchorDate: '2026-04-22', bodyStart: 0, outlet: null }).attributions;
    expect(a.speaker?.role).toBe('official');
    expect(a.speaker?.name).toBe('San Diego Sector of the Border Patrol');
  });
});


describe('readSource: "It" after a sentence that names a video (stop 56)', () => {
  it('reads "It shows" after "The Courier reviewed the video" as the video, no filing named before it', () => {
    const text = 'The affidavit says he fired.\n\nThe Courier reviewed the video, which is about 25 seconds long. It shows Maldonado raising her right hand before the spray is released.';
    expect(speakers(text)).toEqual([
      ['The affidavit', 'affidavit'],
      ['It', null],
    ]);
  });
});

describe('readSource: a statement or letter by its author (stop 56)', () => {
  it('reads "Ostrowski\'s statement" and "Pike\'s letter" as theirs', () => {
    const text = 'Sheriff Dan Ostrowski released a statement. Ostrowski\'s statement read: "We are reviewing the case." Deputy Inspector General Howard Pike wrote to the lawmaker. Pike\'s letter said the office would examine the operation.';
    expect(speakers(text)).toEqual([
      ["Ostrowski's statement", 'Dan Ostrowski'],
      ["Pike's letter", 'Howard Pike'],
    ]);
  });
});

describe('readSource: an agency with an appositive naming its parent (stop 56)', () => {
  it('reads "Homeland Security Investigations, the investigative arm of ICE" as HSI, and "The statement" after it as HSI\'s', () => {
    const text = 'Homeland Security Investigations, the investigative arm of ICE, said in a statement that agents were attacked. The statement said agents encountered "an employee who brandished a kitchen knife."';
    expect(speakers(text).map((s) => s[1])).toEqual(['Homeland Security Investigations', 'Homeland Security Investigations']);
  });
});

describe('readSource: a phrase after the cue that ends on "it" (stop 57)', () => {
  it('names "said Darnell Pruitt, 61, the retired mail carrier who filmed it": the "it" is the clause\'s object', () => {
    const found = analyseText('"I thought it was a carjacking," said Darnell Pruitt, 61, the retired mail carrier who filmed it.', { anchorDate: '2026-03-10' }).attributions;
    expect(found.map((a) => a.speaker?.name ?? null)).toEqual(['Darnell Pruitt']);
  });
});

describe('readSource: a recording and who made it (stop 59)', () => {
  it('names no one for "Footage livestreamed by one of the organizing groups, Portland Immigrant Solidarity Network, shows …"', () => {
    const text = 'Federal officers fired tear gas at protesters outside the ICE building in Portland on Saturday.\n\nFootage livestreamed by one of the organizing groups, Portland Immigrant Solidarity Network, shows objects that appear to be fireworks exploding near the gate.';
    expect(speakers(text).map(([, name]) => name)).not.toContain('Portland Immigrant Solidarity Network');
  });
});

describe('readSource: "It says" after a filing that spoke (stop 67)', () => {
  it('reads the "It" opening the sentence after "The complaint, signed by …, says" as the complaint', () => {
    const text = 'An ICE officer shot Rafael Quintero Baez on Tuesday.\n\nThe complaint, signed by a Homeland Security Investigations special agent, says the officer was struck in the left knee. It says officers found a knife on the seat.';
    const [first, second] = speakers(text);
    expect(second).toEqual(['It', first[1]]);
    expect(first[1]).not.toBeNull();
  });
});

describe('readSource: a group after "of" before ", who" (stop 67)', () => {
  it('reads "at the request of his parents, who say …" as his family', () => {
    const text = 'Border Patrol agents tased Dario Mendes, 17, outside a Raleigh grocery store on Thursday.\n\nWe are naming Dario Mendes at the request of his parents, who say he has not been charged with any crime.';
    expect(speakers(text).at(-1)).toEqual(['who', 'family of Dario Mendes']);
  });
});

describe('readSource: "the department" far from the one Department named (stop 67)', () => {
  it('reads "the department described" as the Department of Homeland Security named many sentences before, and no other Department', () => {
    const filler = 'The video runs about forty seconds. A woman can be heard screaming. The truck sits still. An officer walks around it. Another officer stands by the door. ';
    const text = `Hours after an ICE officer shot Tomás Iriarte Becerra, the Department of Homeland Security said the officer had fired because he drove at agents.\n\n${filler}\n\nIn its statement, the department described a different sequence.`;
    expect(speakers(text).at(-1)).toEqual(['the department', 'Department of Homeland Security']);
    const two = text.replace('A woman can be heard screaming.', 'The Albuquerque Police Department said it was not involved.');
    expect(speakers(two).at(-1)).toEqual(['the department', null]);
  });
});

describe('readSource: a name set off by dashes before the cue (stop 68)', () => {
  it('reads "Another witness — Yesenia Ortiz, a cashier … — put it more bluntly:" as her, a witness', () => {
    const text = 'Two witnesses said the truck was reversing. Another witness — Yesenia Ortiz, a cashier who watched from inside the store — put it more bluntly: "They didn\'t have to shoot."';
    const all = analyseText(text, { anchorDate: '2026-03-10', bodyStart: 0, outlet: null }).attributions;
    expect(all.at(-1)?.speaker).toEqual({ name: 'Yesenia Ortiz', affiliation: null, role: 'witness' });
  });

  it('reads "Its spokesman — Sgt. Gabriel Munguía — put it briefly:" as him, of the body named before', () => {
    const text = 'The Pima County Sheriff\'s Department is investigating. Its spokesman — Sgt. Gabriel Munguía — put it briefly: "Nobody told us that camera existed."';
    expect(speakers(text).at(-1)).toEqual(['Its spokesman', 'Gabriel Munguía']);
  });

  it('names no one from an aside that names no one: "His lawyer — who asked not to be named — said"', () => {
    const text = 'An ICE officer shot a man on Monday. His lawyer — who asked not to be named — said the man was unarmed.';
    expect(speakers(text).at(-1)).toEqual(['His lawyer', null]);
  });
});

describe('readSource: an "I" inside a turn of a transcript (stop 68)', () => {
  it('gives no "I think" inside an unnamed caller\'s turn to the byline\'s author', () => {
    const text =
      'By Ruth Adair\n\nI went to Ajo in November. Hennessey called 911 at 9:52 p.m. Part of the call reads:\n\nDISPATCHER: Pima County 911, what\'s the address of your emergency?\n\nCALLER: I\'m out on Darby Well Road. I heard shooting. I think it\'s Border Patrol out there, I can see their lights.\n\nDISPATCHER: Is anyone hurt, sir?';
    expect(speakers(text).filter(([source]) => source === 'I')).toEqual([['I', null]]);
  });
});

describe('readSource: a county commission\'s chairman (stop 68)', () => {
  it('reads "Commission Chairman Roy Eddings said" as him, an elected official, the title out of his name', () => {
    const all = analyseText('Commission Chairman Roy Eddings said he had not watched the video.', { anchorDate: '2026-01-16', bodyStart: 0, outlet: null }).attributions;
    expect(all.map((a) => [a.speaker?.name, a.speaker?.role])).toEqual([['Roy Eddings', 'elected_official']]);
  });
});

describe('readSource: a relative "who" past a description with a handle (stop 69)', () => {
  it('gives "who said" after "Jolene Marchetti, a 33-year-old dental hygienist who goes by @jolene.shoots.spokane," to her', () => {
    const text = 'SPOKANE — An agent shot a driver Thursday. It was posted by Jolene Marchetti, a 33-year-old dental hygienist who goes by @jolene.shoots.spokane, who said she recorded it from a car.';
    expect(speakers(text).at(-1)).toEqual(['who', 'Jolene Marchetti']);
  });
});

describe('readSource: "he" reporting to "my mom" outside quotation marks (stop 69)', () => {
  it('gives a translation\'s "(He told my mom not to worry …)" to no one: someone\'s own words, whose "he" is not the speaker', () => {
    const text = 'An ICE officer shot Ernesto Cifuentes on Tuesday.\n\n"Le dijo a mi mamá que no se preocupe," Kevin Cifuentes said. (He told my mom not to worry.) "Pero no está bien."';
    expect(speakers(text).find(([source]) => source === 'He')).toEqual(['He', null]);
    // In direct words, "my" is the speaker's own.
    expect(speakers('Kevin Cifuentes spoke Tuesday. "My brother is alive," he said.').at(-1)).toEqual(['he', 'Kevin Cifuentes']);
  });
});

describe('readSource: a relation set off after a name the cue comes before (stop 69)', () => {
  it('reads "said Lorena Montoya, his sister, on the courthouse steps" as his sister, not as a witness for "saw what we saw"', () => {
    const text = 'Rafael Montoya Ibarra, 34, was shot by an ICE officer in August.\n\n"Twelve people looked at the same video and saw what we saw," said Lorena Montoya, his sister, on the courthouse steps.';
    const found = analyseText(text, { anchorDate: '2026-02-13' }).attributions.at(-1)?.speaker;
    expect(found).toMatchObject({ name: 'Lorena Montoya', role: 'family', affiliation: 'sister of Rafael Montoya Ibarra' });
  });
});

describe('readSource: "A second detainee … described the same scene. He said …" (stop 69)', () => {
  it('gives the "he" to no one named before: the sentence opened on someone new', () => {
    const text =
      'Rogelio Maldonado Reyes, 41, died Feb. 8 at the Brazos Ridge center.\n\nWilmer, 34, who was held in the same unit and asked that only his first name be used, said guards tackled him. "He was yelling that he couldn\'t breathe," Wilmer said.\n\n' +
      'A second detainee, a Guatemalan man in his late twenties who did not want his name published at all, described the same scene in a separate call. He said guards lifted Maldonado into a restraint chair.';
    expect(speakers(text).at(-1)).toEqual(['He', null]);
  });
});
