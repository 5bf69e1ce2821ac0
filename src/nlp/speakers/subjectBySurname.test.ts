import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

/** Each source's text and the speaker analyseText gives it, in order. */
function speakers(text: string): [string | undefined, string | null][] {
  return analyseText(text, { anchorDate: '2026-03-10', bodyStart: 0, outlet: null }).attributions.map((a) => [a.source?.text, a.speaker?.name ?? null]);
}

describe('subjectBySurname', () => {
  it('reads a lone surname the subject shares with his wife, named in full, as the subject speaking', () => {
    const text =
      'Federal agents tackled and handcuffed Luis Ferrer, 38, outside his shop on March 7.\n\n' +
      '“He never touched them,” his wife, Carmen Ferrer, said.\n\n' +
      'In the video, Ferrer says, “I am not resisting.”';
    expect(speakers(text)).toEqual([
      ['his wife, Carmen Ferrer', 'Carmen Ferrer'],
      ['Ferrer', 'Luis Ferrer'],
    ]);
  });

  it("reads the last word of the subject's double surname, alone, as his mother's, whose own surname it is", () => {
    const text =
      'Border Patrol agents shot Rigoberto Salcido Ibarra, 34, in Phoenix on March 7.\n\n' +
      'His mother, Hortensia Ibarra, spoke through an interpreter. “He is not a criminal,” Ibarra said.\n\n' +
      'Salcido was in surgery, she said.';
    expect(speakers(text).slice(-2)).toEqual([
      ['Ibarra', 'Hortensia Ibarra'],
      ['she', 'Hortensia Ibarra'],
    ]);
    // Called by his first surname, he is himself.
    expect(speakers(text.replace('“He is not a criminal,” Ibarra said.', '“I am not a criminal,” Salcido said.')).at(-2)).toEqual(['Salcido', 'Rigoberto Salcido Ibarra']);
  });

  it("takes a cousin's surname, held inside the subject's name, for no one's alone: the cousin stays his kin", () => {
    const text =
      'Daniel Queiroz Lima was shot once in the abdomen, according to his cousin, Thaís Queiroz.\n\n' +
      '"He is a baker," Thaís Queiroz said.\n\n' +
      'An earlier version said Queiroz was shot in the chest; Queiroz was shot in the abdomen, and Queiroz was hit once.';
    const result = analyseText(text, { anchorDate: '2026-03-04', bodyStart: 0, outlet: null });
    expect(result.attributions.slice(0, 2).map((a) => [a.speaker?.name, a.speaker?.role])).toEqual([
      ['Thaís Queiroz', 'family'],
      ['Thaís Queiroz', 'family'],
    ]);
  });

  it('leaves the last of three names unclear when the text does not say it is a second surname', () => {
    const text =
      'Rigoberto Salcido Ibarra was shot twice by a Border Patrol agent on March 7.\n\n' +
      'His mother, Hortensia Ibarra, 61, said he was going to work. “He is not a criminal,” Ibarra said.';
    expect(speakers(text).at(-1)?.[1]).not.toBe('Rigoberto Salcido Ibarra');
  });

  it('leaves the surname unclear when no subject bears it', () => {
    const text =
      'Federal agents tackled and handcuffed Luis Ferrer, 38, outside his shop on March 7.\n\n' +
      '“We saw everything,” said Ana Ortiz, a neighbor. “He was calm,” said Tom Ortiz, her husband.\n\n' +
      'Ortiz said the agents never identified themselves.';
    expect(speakers(text).at(-1)).toEqual(['Ortiz', null]);
  });

  it('leaves the surname unclear in a story told through a relative of the subject', () => {
    const text =
      'Her son, Luis Ferrer, 23, was tackled and handcuffed by federal agents on March 7, Carmen Ferrer said.\n\n' +
      'Ferrer said she learned of it from a neighbor.';
    expect(speakers(text).at(-1)).toEqual(['Ferrer', null]);
  });

  it("keeps the subject of a double surname when his daughter shares the first: she is his daughter", () => {
    const text =
      'An ICE officer shot and killed Ernesto Castañeda Ríos, 52, on Aug. 19 in Houston. Castañeda was walking away, the family said.\n\n' +
      '“He had no record,” said Castañeda’s daughter, Lucía Castañeda, 24.';
    const result = analyseText(text, { anchorDate: '2025-09-01', bodyStart: 0, outlet: null });
    const speakers = result.attributions.map((a) => [a.source?.text, a.speaker?.name ?? null, a.speaker?.affiliation ?? null]);
    expect(speakers).toEqual([
      ['the family', 'family of Ernesto Castañeda Ríos', 'family of Ernesto Castañeda Ríos'],
      ['Castañeda’s daughter, Lucía Castañeda, 24', 'Lucía Castañeda', 'daughter of Ernesto Castañeda Ríos'],
    ]);
  });

  it('takes a pronoun after the first surname of a double surname for that person, not the one whose last word it is (stop 49)', () => {
    const text = 'CHICAGO — Border Patrol agents fired pepper balls at a crowd on Wednesday, hitting Brayan Alejandro Hernández Luna, a junior, in the face, according to his father, Jorge Luna Castañeda.\n\nAt the family\'s apartment Thursday, Luna wept. "He was not protesting," he said.';
    expect(speakers(text).at(-1)).toEqual(['he', 'Jorge Luna Castañeda']);
  });

  it('reads a shared surname as the relative, not the subject, when the words speak of the speaker\'s own kin (stop 52)', () => {
    const text =
      'Javier Montes Quiroga, 41, remains hospitalized after a Border Patrol agent shot him on Jan. 14 near Calexico.\n\n' +
      'His sister, Leticia Montes Quiroga, 38, spoke at a press conference.\n\n' +
      '"My brother told me he stopped," Montes said.\n\n' +
      'Later, Leticia Montes said her brother was handcuffed to the bed.';
    expect(speakers(text).slice(-2)).toEqual([
      ['Montes', 'Leticia Montes Quiroga'],
      ['Leticia Montes', 'Leticia Montes Quiroga'],
    ]);
    // Reported words too: "Sandoval, 49, said she … her husband", the widow, not the man killed.
    const widow =
      'Arturo Lugo Sandoval, 52, was shot and killed by a Border Patrol agent on Nov. 4 in Nogales.\n\n' +
      'His wife, Rosalba Sandoval de Lugo, stood nearby. Sandoval, 49, said she did not understand why the agents had stopped her husband.';
    expect(speakers(widow).at(-1)).toEqual(['Sandoval, 49', 'Rosalba Sandoval de Lugo']);
  });

  it('reads "Carrillo said her cousin" as the cousin of that surname, and no relative named only after the words (stop 52)', () => {
    const cousin =
      'ORANGE COVE, Calif. — The driver, Osvaldo Ruelas Carrillo, 24, died when his pickup crashed during a Border Patrol chase on Tuesday.\n\n' +
      'Ruelas\'s cousin, Marisela Carrillo, 27, was working the sorting line when the agents came in.\n\n' +
      'Carrillo said her cousin had applied for DACA in 2020.';
    expect(speakers(cousin).at(-1)).toEqual(['Carrillo', 'Marisela Carrillo']);
    const later =
      'REEDLEY, Calif. — The driver, Ramiro Velázquez Ortega, 29, was killed when his sedan left the road during a Border Patrol chase on Jan. 20.\n\n' +
      'Velázquez\'s cousin, Arturo Ortega Limón, spoke during public comment.\n\n' +
      '"My nephew told me the truck was so close," Ortega said.\n\n' +
      'His aunt, Velázquez\'s mother, Consuelo Ortega, 68, did not speak.';
    expect(speakers(later).find((s) => s[0] === 'Ortega')).toEqual(['Ortega', 'Arturo Ortega Limón']);
  });

  it('reads "my nephew" in the words as the other bearer speaking of the nephew named so, not the nephew (stop 57)', () => {
    const text =
      'Mahad Hersi, 51, who owns the car wash, said agents arrived at 9 a.m. He said his nephew, Abdirahman Hersi, 22, was born in Minneapolis.\n\n' +
      '"They put my nephew face down on the concrete," Hersi said.';
    expect(speakers(text).at(-1)).toEqual(['Hersi', 'Mahad Hersi']);
  });
});

describe('bearerBesideBothSurnames (stop 63)', () => {
  const text =
    'YAKIMA — A judge on Monday ordered the release of Tomás Escalante Rivas, the mechanic who was shot twice by an ICE officer this month. ' +
    'Escalante Rivas, 29, was not in the courtroom. His sister, Lucía Escalante, sat in the front row and wept. ' +
    'In an interview last week, Escalante described watching her brother raise his hands.';

  it('reads the first surname alone as the sister’s in a story that calls the subject by both', () => {
    expect(speakers(text)).toEqual([['Escalante', 'Lucía Escalante']]);
  });

  it('keeps the subject where the story calls him by the first surname alone', () => {
    const short = text.replace('Escalante Rivas, 29, was', 'Escalante, 29, was').replace('Escalante described watching her brother', 'Escalante said he raised his hands, his lawyer said. Escalante said');
    expect(speakers(short).filter(([source]) => source === 'Escalante').map(([, name]) => name)).not.toContain('Lucía Escalante');
  });
});

describe('a surname alone among double surnames (stop 63)', () => {
  it('reads "Quintana, 46," as the mother whose first surname is her son’s second, "de la" in her given names', () => {
    const text = 'CIUDAD JUÁREZ, Mexico — A Border Patrol agent shot and killed Héctor Emiliano Villaseñor Quintana, 19, on Saturday. His mother, María de la Luz Quintana Ríos, said he was coming home. "He had his lunch bag in his hand," Quintana, 46, told Reuters in Spanish.';
    expect(speakers(text)).toEqual([
      ['His mother, María de la Luz Quintana Ríos', 'María de la Luz Quintana Ríos'],
      ['Quintana, 46', 'María de la Luz Quintana Ríos'],
    ]);
  });

  it('reads "Lugo" as the cousin Rubén Lugo Pérez where the story calls Efraín Castañeda Lugo "Castañeda"', () => {
    const text =
      'GREELEY, Colo. — An ICE officer shot and killed Efraín Castañeda Lugo at a gas station on Sept. 16. Castañeda left the house with his wife’s cousin, Rubén Lugo Pérez, 24. ' +
      'Lugo went inside to pay. Castañeda was hit three times. "He got in because he was scared," Lugo said.';
    expect(speakers(text)).toEqual([['Lugo', 'Rubén Lugo Pérez']]);
  });

  it('reads "Benavides" as the wife where no subject is found and the story calls him "Benavides Quiroga"', () => {
    const text =
      'The man has been identified as Arturo Benavides Quiroga, 34, a roofer. His wife, Leticia Benavides, told News 7 that he was shot once. ' +
      '"He was going to work," Benavides said. Benavides Quiroga was convicted of driving under the influence in 2017.';
    expect(speakers(text).map(([, name]) => name)).toEqual(['Leticia Benavides', 'Leticia Benavides']);
  });
});
