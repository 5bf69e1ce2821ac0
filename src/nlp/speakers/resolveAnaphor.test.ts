import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

/** The speaker names analyseText gives each attribution whose source is `source`. */
function speakersOf(text: string, source: string): (string | null)[] {
  return analyseText(text, { anchorDate: '2026-07-09', bodyStart: 0, outlet: null })
    .attributions.filter((a) => a.source?.text === source)
    .map((a) => a.speaker?.name ?? null);
}

describe('resolveAnaphor', () => {
  it('gives a "she" no spokesperson of no gender when a woman is named since, though she is not sure (stop 53)', () => {
    const text =
      'Agents tackled Rahim Qureshi, 29, outside Halvorsen Hall on Tuesday, a woman in a gray jacket among them.\n\n' +
      'In an emailed statement, a DHS spokesperson said Qureshi\'s student status had been terminated in January.\n\n' +
      'Qureshi\'s adviser, professor Ingrid Ashworth, disputed the department\'s account. She said his visa record had been reinstated in February.';
    expect(speakersOf(text, 'She')).not.toContain('Department of Homeland Security');
  });

  it('gives a "he" after "He … did not know Whitfield." to whom that first "he" means, not the name after it (stop 53)', () => {
    const text =
      'Darnell Whitfield spent five hours handcuffed to a bench at the bridge, he told me.\n\n' +
      'I called Raúl Ostrander, who spent 19 years as a CBP officer at the bridge. He has no stake in this and did not know Whitfield. He told me such a hold would have required a supervisor\'s sign-off.';
    expect(speakersOf(text, 'He')).toEqual(['Raúl Ostrander']);
  });

  it('gives the "he" after an opening "Asked by X how long his knee remained on Y\'s back," to neither X nor Y (stop 53)', () => {
    const text =
      'ICE officers restrained Tomás Quiroga in a parking lot, and he died.\n\n"Nobody wants that outcome," Officer Kyle Brandvold told jurors.\n\n' +
      'Asked by Margaret Hollings how long his knee remained on Quiroga\'s back, he said "less than a minute."';
    expect(speakersOf(text, 'he')).toEqual(['Kyle Brandvold']);
  });

  it('gives "she" to no unnamed officer of unknown gender when a woman is named as a noun between them', () => {
    const text =
      'A Border Patrol agent shot a boy near the fence on Tuesday night, the agency said, after the agent reported that rocks were being thrown at him. The boy, whose name was not released because he is a minor, was hit in the back, said his mother, who asked that her name not be used. "He was walking home," she said.';
    expect(speakersOf(text, 'she')).toEqual([null]);
    // With no such noun between them, "she" may still be the officer.
    const officer = 'A Border Patrol agent shot a boy near the fence on Tuesday, the agency said. "I feared for my life," the agent told investigators. "He threw a rock," she said.';
    expect(speakersOf(officer, 'she')).not.toEqual([null]);
  });

  it('gives a "she" whose words speak of "my son" to the one named as kin, though a lawmaker comes nearer (stop 49)', () => {
    const text =
      'GRESHAM, Ore. — An ICE officer shot Jonatan Reyes, 19, on March 2 during a traffic stop, state Sen. Rosalind Achterberg said.\n\nReyes\'s mother, Marisol Maldonado Ibarra, stood beside Achterberg holding a photograph. She spoke in Spanish; Achterberg\'s office provided a translation.\n\n"My son did not attack anyone. He was scared," she said.';
    expect(speakersOf(text, 'she')).toEqual(['Marisol Maldonado Ibarra']);
    // Words that speak of no kin of the speaker's: no one is chosen over the nearer.
    expect(speakersOf(text.replace('My son did not', 'He did not'), 'she')).not.toEqual(['Marisol Maldonado Ibarra']);
  });

  it('gives a pronoun after a question to the one asked, and to no one when the one asked is unnamed (stop 49)', () => {
    const text = 'CHICAGO — A man was arrested by Border Patrol agents on Feb. 24. Prosecutor Brendan Foyle asked the neighbor, Delphine Archer, whether she had seen the punch. She said she had not.';
    expect(speakersOf(text, 'She')).toEqual(['Delphine Archer']);
    const unnamed = 'CHICAGO — A man was arrested by Border Patrol agents on Feb. 24. Judge Raymond Esparza asked whether the officer had watched the footage. He said he had not.';
    expect(speakersOf(unnamed, 'He')).toEqual([null]);
    // Said, not asked: the judge goes on.
    expect(speakersOf(unnamed.replace('asked whether', 'said'), 'He')).toEqual(['Raymond Esparza']);
    // A request is no question: the one who asked it goes on.
    const request = 'CHICAGO — A man was arrested by Border Patrol agents on Feb. 24. His sister, Ana Ruiz, asked that her name not be used in full. She said he was unarmed.';
    expect(speakersOf(request, 'She')).toEqual(['Ana Ruiz']);
  });
});

describe('resolveAnaphor: a surname before its later bearer is named', () => {
  it('reads "Ramírez\'s back" as Julio Ramírez Ochoa, named before, not Ana Ramírez, named after: "she" is the prosecutor (stop 50)', () => {
    const text = [
      'A jury found ICE officer Derek Haines guilty in the shooting of Julio Ramírez Ochoa.',
      "Chief Deputy District Attorney Monica Friel's cross-examination was sharp. She played the footage, stopping at the moment Ramírez's back was to the camera.",
      '"Where is the weapon, officer?" she asked.',
      "Ana Ramírez, the victim's sister, held up her phone.",
    ].join('\n\n');
    expect(speakersOf(text, 'she')).toEqual(['Monica Friel']);
  });
});

describe('resolveAnaphor: a noun of the pronoun\'s gender after a name of unknown gender', () => {
  const lead = 'ICE agents detained Demetrio Vallejo, 41, at the plant on Jan. 21.\n\n';
  it('gives "she" to no one after "Vallejo\'s daughter" or "His daughter, Itzel," and to the daughter once she is named in full (stop 50)', () => {
    expect(speakersOf(`${lead}Vallejo's daughter read a statement. "My dad is a good man," she said.`, 'she')).toEqual([null]);
    expect(speakersOf(`${lead}His daughter, Itzel, read a statement. "My dad is a good man," she said.`, 'she')).toEqual([null]);
    expect(speakersOf(`${lead}Vallejo's daughter, Itzel Vallejo, read a statement. "My dad is a good man," she said.`, 'she')).toEqual(['Itzel Vallejo']);
  });
});

describe('resolveAnaphor: one named in the words a parenthetical pronoun interrupts', () => {
  it('gives "where, she says, she was held" after "Ms. Montemayor was taken" to no one, not the woman quoted before (stop 50)', () => {
    const before = 'Border Patrol agents arrested Araceli Montemayor, 58, on Friday.\n\nLucía Ferrer-Bautista, the group\'s director, said the arrest was unlawful.\n\n';
    expect(speakersOf(`${before}After the arrest, Ms. Montemayor was taken to the station, where, she says, she was held for 30 hours.`, 'she')).toEqual([null]);
    // Without the pronoun again after the cue, the words are about her, told by the one quoted before.
    expect(speakersOf(`${before}After the arrest, Ms. Montemayor was taken to the station, she says.`, 'she')).toEqual(['Lucía Ferrer-Bautista']);
  });
});

describe('resolveAnaphor: someone spoken to (stop 51)', () => {
  it('gives "he says" after "Robert, you heard it." to the man who spoke before, not to Robert; no one when the turn names another man with him', () => {
    const text = 'Agents shot Luis Ruiz on Monday. DHS spokesman Grant Ehlers said Ruiz was armed. Joining me is the family lawyer, Robert Ingram. Robert, you heard it. A gun was recovered, he says.';
    expect(speakersOf(text, 'he')).toEqual(['Grant Ehlers']);
    const turn = 'EHLERS: A firearm was recovered at the scene.\n\nPHILLIPS: And joining me now is the attorney for the Tavera family, Robert Ingram. Robert, you heard it. A gun was recovered, he says.';
    expect(speakersOf(turn, 'he')).toEqual([null]);
  });
});

describe('resolveAnaphor: whose ruling a source is (stop 51)', () => {
  it('gives "She … wrote" after "Okafor\'s ruling also noted" to the judge, not to the mother quoted before', () => {
    const text = 'U.S. District Judge Margaret H. Okafor suppressed the evidence on Monday. "He was my only son," Guadalupe Ibarra said. Okafor\'s ruling also noted that the government had not disclosed the footage for months. She declined to impose sanctions but wrote that the delay was "troubling."';
    expect(speakersOf(text, 'She')).toEqual(['Margaret H. Okafor']);
  });
});

describe('resolveAnaphor: a roundup of datelined sections (stop 51)', () => {
  it('gives "his family says" in a section no man of the section before', () => {
    const text = 'HOUSTON — Agents shocked Efrain Tuyuc, 33, with a Taser on Monday.\n\n3. AURORA, Colo. — The man shot by an ICE officer in an Aurora parking lot Sunday was holding a cellphone, not a gun, his family says.';
    expect(speakersOf(text, 'his family')).toEqual([null]);
    const one = 'HOUSTON — Agents shocked Efrain Tuyuc, 33, with a Taser on Monday.\n\nHe was holding a cellphone, not a gun, his family says.';
    expect(speakersOf(one, 'his family')).toEqual(['family of Efrain Tuyuc']);
  });
});

describe('resolveAnaphor: a double surname introduced by an age before the name (stop 51)', () => {
  it('reads "Orozco" as "19-year-old Daniel Orozco Medina", so "His family" after it is his', () => {
    const text = 'The agent who shot and killed 19-year-old Daniel Orozco Medina will not be charged, County Attorney Raúl Benavides wrote. Orozco had no criminal record, according to court records. His family has said he had gone to the arroyo to meet friends.';
    expect(speakersOf(text, 'His family')).toEqual(['family of Daniel Orozco Medina']);
  });
});

describe('resolveAnaphor: a speaker whose quotation runs on for several sentences (stop 57)', () => {
  it('keeps her within reach of a "she" counted from where her words end', () => {
    const text =
      '"He had his hands up," said Renata Solís, 52, who was loading groceries. "I kept waiting for somebody to tell him to get out. Nobody told him anything. They just shot."\n\n' +
      'She said she has watched her own video.';
    expect(analyseText(text, { anchorDate: '2026-04-02' }).attributions.map((a) => a.speaker?.name ?? null)).toEqual(['Renata Solís', 'Renata Solís']);
  });
});

describe('resolveAnaphor: a speaker within reach only for words that ran on (stop 57)', () => {
  it('is no surer than a woman named since in reported words: no one', () => {
    const text =
      '"He had his hands up," said Renata Solís. "Nobody told him anything. They just shot. Nobody helped him. Nobody called anyone."\n\n' +
      'Agents said Maria Ruiz had not been there.\n\n' +
      'She said she has watched the video.';
    expect(analyseText(text, { anchorDate: '2026-04-02' }).attributions.map((a) => a.speaker?.name ?? null).at(-1)).toBeNull();
  });
});

describe('resolveAnaphor: someone unnamed opens a sentence between the name and the pronoun (stop 63)', () => {
  const allSpeakers = (text: string) => analyseText(text, { anchorDate: '2026-03-01' }).attributions.map((a) => a.speaker?.name ?? null);

  it('gives "he wrote" after "The operator of @X, who identifies himself only as …" to no one named before', () => {
    const text = 'An ICE officer shot Héctor Villaseñor Ruiz on Oct. 18. The operator of @LibertyLedgerPA, who identifies himself online only as "Dutch," replied to our request. "I stand by it," he wrote.';
    expect(allSpeakers(text)).toEqual([null]);
  });

  it('keeps the named man when "the man" opens the sentence between', () => {
    const text = 'An ICE officer shot Héctor Villaseñor Ruiz on Oct. 18. The man was released on Monday. "I was scared," he said.';
    expect(allSpeakers(text)).toEqual(['Héctor Villaseñor Ruiz']);
  });
});

describe('resolveAnaphor: a possessor in the sentence of one who speaks (stop 67)', () => {
  it('reads "she said" after "Ferreira, appearing … after Holloway\'s interview, said" as Ferreira, both women', () => {
    const text =
      'Border Patrol agents shot Rafael Quintero on March 3. Natalia Ferreira, the family\'s lawyer, called it a cover-up.\n\n' +
      'Homeland Security Secretary Marian Holloway told CBS that the agent feared for his life.\n\n' +
      'Ferreira, appearing on CNN shortly after Holloway\'s interview, said the account was "a cover story."\n\n' +
      '"He did not hit anybody," she said.';
    expect(speakersOf(text, 'she')).toEqual(['Natalia Ferreira']);
  });
});

describe('resolveAnaphor: a gendered noun in the apposition of the name (stop 67)', () => {
  it('reads "She told" after "Mariela Araujo, the man\'s sister, who spoke …" as her, the sister being she', () => {
    const text =
      'An ICE officer shot Tomás Araujo Villalba on Feb. 10.\n\n' +
      "The public comment period opened with Mariela Araujo, the man's sister, who spoke through tears for about two minutes. She told councilors that her brother was still in the intensive care unit.";
    expect(speakersOf(text, 'She')).toEqual(['Mariela Araujo']);
  });
});

describe('resolveAnaphor: a possessor in a phrase about the one named first (stop 68)', () => {
  it('reads "he said" after "Dr. Martin Oyelaran, a surgeon … not involved in Tomás\'s care, reviewed the records" as the surgeon', () => {
    const text = 'A Border Patrol agent shot Tomás Ibarra Quiroga on Sept. 14.\n\nAt my request, Dr. Martin Oyelaran, a trauma surgeon in Phoenix who was not involved in Tomás\'s care, reviewed the records. "The shoulder wound is posterior entry," he said.';
    expect(speakersOf(text, 'he')).toEqual(['Martin Oyelaran']);
  });

  it('names no one when the possessor\'s noun is a person, who may be meant ("Carlos Lopez\'s brother")', () => {
    const text = 'Police shot Ana Lopez on Monday. Tom Ruiz met Carlos Lopez\'s brother at the scene. "It was awful," he said.';
    expect(speakersOf(text, 'he')).toEqual([null]);
  });
});

describe('resolveAnaphor: a pronoun inside an interview\'s turn (stop 70)', () => {
  it('never means another who takes a turn there, the host who asked included', () => {
    const text = [
      'Teodoro Villaseñor was shot on Tuesday. His sister spoke with host Paul Danforth.',
      'PAUL DANFORTH, HOST: Lucía, how is your brother doing?',
      'LUCÍA VILLASEÑOR ORTIZ: He is in pain.',
      'DANFORTH: What did he tell you about that morning?',
      'VILLASEÑOR ORTIZ: He said he was checking the tire. He said the first shot hit him.',
      'DANFORTH: Thank you.',
    ].join('\n\n');
    expect(speakersOf(text, 'He')).not.toContain('Paul Danforth');
    expect(speakersOf(text, 'He')).toHaveLength(2);
  });
});

describe('resolveAnaphor: another one unnamed opening a sentence (stop 70)', () => {
  it('gives "She said" after "Another observer, who asked that her name not be used, gave a similar account." to no one named before', () => {
    const lead = 'Gloria Penhallow, a retired teacher, said the man had his hands up. "He did nothing," she said.\n\n';
    expect(speakersOf(`${lead}Another observer, who asked that her name not be used, gave a similar account. She said he was bleeding above his eyebrow.`, 'She')).toEqual([null]);
    expect(speakersOf(`${lead}The judge called a recess. She said he was bleeding above his eyebrow.`, 'She')).toEqual(['Gloria Penhallow']);
  });
});

describe('resolveAnaphor: a relative set off by her given name, named in full only later (stop 70)', () => {
  it('gives "she tells" after "Villaseñor\'s wife, Graciela, disputes nearly all of it." to Graciela Villaseñor', () => {
    const text =
      'An ICE officer shot Teodoro Villaseñor in his driveway on Tuesday. DHS says he drove at the officer.\n\n' +
      "Villaseñor's wife, Graciela, disputes nearly all of it.\n\n" +
      '"He doesn\'t carry a knife," she tells KQVR.\n\n' +
      'According to Graciela Villaseñor, the agents never said who they were.';
    expect(speakersOf(text, 'she')).toEqual(['Graciela Villaseñor']);
  });
});

describe('resolveAnaphor: the one told (stop 70)', () => {
  it('never gives "he had told Navarro that …" to Navarro', () => {
    const text = 'Tomás Elizondo was shot on March 2.\n\nJesús Navarro, a coworker, said his friend was quiet. In the weeks before the shooting, Navarro recalled, Elizondo had been nervous, and he had told Navarro that if anything happened, he would "just stand still."';
    expect(speakersOf(text, 'he')).not.toContain('Jesús Navarro');
    // The one told is left out, no one else: "he" told Elizondo, so "he" may be Navarro.
    expect(speakersOf(text.replace('Elizondo had been nervous, and he had told Navarro', 'he had been nervous, and he had told Elizondo'), 'he')).toContain('Jesús Navarro');
  });
});
