import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens/tokenize.js';
import { findPersons } from './findPersons.js';

function persons(text: string) {
  return findPersons(text, tokenize(text));
}

describe('findPersons', () => {
  it('reads no person in a name after "the" that a preposition follows: "from the Rio Grande about three miles downstream" (stop 54)', () => {
    expect(persons('Divers pulled the body of a teenager from the Rio Grande about three miles downstream.')).toEqual([]);
    // Nor anywhere else the text writes it: "recovered from Rio Grande" in a headline.
    expect(persons("Title: Teen's body recovered from Rio Grande after agent fired on boat\n\nDivers pulled the body from the Rio Grande about three miles downstream.")).toEqual([]);
    expect(persons('The Renee Good shooting was investigated.').map((p) => p.name)).toEqual(['Renee Good']);
  });

  it('reads no person in where one travels from or is deported to: "traveled from Nuevo Casas Grandes" (stop 54)', () => {
    expect(persons('His mother, Graciela Valdez, traveled from Nuevo Casas Grandes to the courthouse.').map((p) => p.name)).toEqual(['Graciela Valdez']);
    expect(persons('He was deported to San Pedro Sula last year.')).toEqual([]);
    expect(persons("He returned to Ana Ruiz's house.").map((p) => p.name)).toEqual(['Ana Ruiz']);
  });

  it('reads no person in a unit of an agency: "the McAllen Marine Unit", "the McAllen Air and Marine Branch" (stop 54)', () => {
    expect(persons('Agents assigned to the McAllen Marine Unit encountered a boat.')).toEqual([]);
    expect(persons('Tomás Elizondo, Director of the AMO McAllen Air and Marine Branch, said it.').map((p) => p.name)).toEqual(['Tomás Elizondo']);
  });

  it('reads "Inspector General" and "Surgeon General" whole as titles, no "General" opening the name (stop 54)', () => {
    expect(persons('Inspector General Helen Okafor said the review would take 90 days.').map((p) => [p.name, p.title])).toEqual([['Helen Okafor', 'Inspector General']]);
    expect(persons('Surgeon General Ana Ruiz spoke.').map((p) => p.name)).toEqual(['Ana Ruiz']);
  });

  it('reads no surname in a verb after a title in a title-case headline ("The Agent Said …") (stop 49)', () => {
    expect(persons('The Agent Said the Truck Came at Him. The Video Shows It Leaving.').map((p) => p.name)).not.toContain('Said');
    expect(persons('Agent Kyle Brandt said the truck came at him.').map((p) => p.name)).toEqual(['Kyle Brandt']);
  });

  it('reads a title\'s portfolio as part of the title: "Assistant Secretary for Public Affairs Corinne Halvey" (stop 49)', () => {
    const [found] = persons('Remarks with Assistant Secretary for Public Affairs Corinne Halvey and others.');
    expect(found.name).toBe('Corinne Halvey');
    expect(found.title).not.toBeNull();
    // "for" and capitals that end on no portfolio word are not the title's.
    expect(persons('Remarks with Assistant Secretary for Harbor Corinne Halvey.')[0]?.title ?? null).toBeNull();
  });

  it('reads no person in a town set off by a state, a province or a country: "of Piedras Negras, Coahuila" (stop 52)', () => {
    expect(persons('Rogelio Ibarra Cantú, 34, of Piedras Negras, Coahuila, was struck twice.').map((p) => p.name)).toEqual(['Rogelio Ibarra Cantú']);
    expect(persons('The family came from Villa Nueva, Guatemala, in 2019, Ana Ruiz said.').map((p) => p.name)).toEqual(['Ana Ruiz']);
    // A name before a country's possessive or a title is a person's: "spoke to Ana Ruiz, Mexico's consul".
    expect(persons('He spoke to Ana Ruiz, Mexico’s consul, on Monday.').map((p) => p.name)).toEqual(['Ana Ruiz']);
    // A name that opens on a place's word: "Ciudad Juárez", "Mount Cristo Rey", "Fort Snelling".
    expect(persons('Julián Ochoa of Ciudad Juárez was hit near Mount Cristo Rey; others gathered at Fort Snelling.').map((p) => p.name)).toEqual(['Julián Ochoa']);
  });

  it('reads no person in a county\'s name or a law\'s: "Doña Ana County", "the Supremacy Clause" (stop 46)', () => {
    expect(persons('A Doña Ana County grand jury indicted the agent, Travis Kellner.').map((p) => p.name)).toEqual(['Travis Kellner']);
    expect(persons('Under the Supremacy Clause a state has no authority, Ana Ruiz said.').map((p) => p.name)).toEqual(['Ana Ruiz']);
  });

  it('reads a name after "the" that ends its phrase as a thing, one that modifies a noun as a person (stop 42)', () => {
    expect(persons('Annika Rowe, who was on assignment for the Cascade Current, said she was hit.').map((p) => p.name)).toEqual(['Annika Rowe']);
    expect(persons('Rowe said the Renee Good shooting changed her mind.').map((p) => p.name)).toEqual(['Renee Good']);
  });

  it('splits agency, title and name', () => {
    const text = 'CBP Deputy Commissioner Harriet Okonkwo-Lane told reporters the agent was unhurt.';
    const [p] = persons(text);
    expect(p).toMatchObject({ name: 'Harriet Okonkwo-Lane', title: 'Deputy Commissioner', agencyId: 'cbp' });
    expect(text.slice(p.start, p.end)).toBe('CBP Deputy Commissioner Harriet Okonkwo-Lane');
  });

  it('keeps hyphens, apostrophes and accents inside names', () => {
    const text = 'Witnesses Inés Peña-Ortiz and Declan O\u2019Rourke saw Mr. McAllister run.';
    expect(persons(text).map((p) => p.name)).toEqual(['Inés Peña-Ortiz', 'Declan O\u2019Rourke', 'McAllister']);
  });

  it('takes lower-case role titles and links titles to the agency they imply', () => {
    const text = 'agency spokesman Rolf Eriksen and U.S. Attorney Dana Whitcombe disagreed.';
    const found = persons(text);
    expect(found.map((p) => [p.name, p.title, p.agencyId])).toEqual([
      ['Rolf Eriksen', 'spokesman', null],
      ['Dana Whitcombe', 'U.S. Attorney', 'usao'],
    ]);
  });

  it('takes a lone surname only when the text named the person in full', () => {
    const text = 'Teodora Blanck filed the suit. Blanck said Ramirez was not there.';
    const found = persons(text);
    expect(found.map((p) => p.text)).toEqual(['Teodora Blanck', 'Blanck']);
  });

  it('takes a lone surname written without its accents, in capitals or with another apostrophe once the full name is known', () => {
    const texts = [
      'Maribel Nuñez-Quiroga spoke first. Reporters later asked NUNEZ-QUIROGA again.',
      'Maribel Nuñez spoke first. Reporters later asked Nunez and Ramirez again.',
      "Tomas O\u2019Dowd spoke first. Reporters later asked O'Dowd again.",
    ];
    expect(texts.map((t) => persons(t).map((p) => p.text))).toEqual([
      ['Maribel Nuñez-Quiroga', 'NUNEZ-QUIROGA'],
      ['Maribel Nuñez', 'Nunez'],
      ['Tomas O\u2019Dowd', "O'Dowd"],
    ]);
  });

  it('does not take places, agencies, months, outlets or sentence-initial nouns for persons', () => {
    const text =
      'Attorneys say Border Patrol agents in San Antonio acted in March. The Tampa Bay Times and Channel News Network reported it. Prosecutors want South Harbor Avenue closed.';
    expect(persons(text)).toEqual([]);
  });

  it('reads names in capitals only in a court caption', () => {
    const text = 'UNITED STATES OF AMERICA\nv.\nMARISOL ADEYEMI-CRUZ, Defendant.\n\nPROBABLE CAUSE STATEMENT\n\nThe defendant ADEYEMI-CRUZ drove off.';
    const found = persons(text);
    expect(found.map((p) => p.text)).toEqual(['MARISOL ADEYEMI-CRUZ', 'ADEYEMI-CRUZ']);
  });

  it('skips names in title-case headlines unless the body names them', () => {
    const text = 'Deputy Marshal Fires Shots After Truck Rams Cruiser\n\nNo one was hurt, said Marshal Tobias Wren. Wren declined to elaborate.';
    const found = persons(text);
    expect(found.map((p) => p.name)).toEqual(['Tobias Wren', 'Wren']);
  });

  it('does not take a quoted song or book title for a person', () => {
    expect(persons('Mourners sang \u201cCielito Lindo\u201d outside the church.')).toEqual([]);
  });
});

describe('findPersons: the name of a body', () => {
  it('takes no person from what follows "Department of" or "University of"', () => {
    const found = persons('A spokesman for the Department of Public Safety and a professor at the University of Northern Arizona, Lena Ortiz, spoke.');
    expect(found.map((p) => p.name)).toEqual(['Lena Ortiz']);
  });
});

describe('findPersons: the name of a law (stop 44)', () => {
  it('takes no person from the words before "Act" or "Amendment"', () => {
    const found = persons('This is an action under the Federal Tort Claims Act for injuries Plaintiff Marisol Reyes suffered, and under the Fourth Amendment.');
    expect(found.map((p) => p.name)).toEqual(['Marisol Reyes']);
  });
});

describe('findPersons: a store after "the" or "our" (stop 44)', () => {
  it('takes no person from "the Home Depot on West Huntington Drive" or "our Home Depot is", and keeps "the Renee Good shooting"', () => {
    expect(persons('The raid happened in the parking lot of the Home Depot on West Huntington Drive.').map((p) => p.name)).toEqual([]);
    expect(persons('Mayor Becky Shevlin wrote: what happened at our Home Depot is unacceptable.').map((p) => p.name)).toEqual(['Becky Shevlin']);
    expect(persons('Protesters marched after the Renee Good shooting.').map((p) => p.name)).toEqual(['Renee Good']);
  });

  it('takes no person from a hospital or a shop named with a possessive ("Rady Children\'s Hospital") (stop 51)', () => {
    expect(persons("Daniela Ibarra remains in critical condition at Rady Children's Hospital, her family said. Rosa Lind's husband was shot.").map((p) => p.name)).toEqual(['Daniela Ibarra', 'Rosa Lind']);
  });

  it('takes no person from an immigration status or program ("Temporary Protected Status", "Deferred Action for Childhood Arrivals") (stop 51)', () => {
    expect(persons('Ana Ruiz had Temporary Protected Status until last year. She was a Deferred Action for Childhood Arrivals recipient before Humanitarian Parole.').map((p) => p.name)).toEqual(['Ana Ruiz']);
  });

  it('keeps "I\'m" out of the name of one who says who they are (stop 51)', () => {
    expect(persons("This is The Show on KJZZ. I'm Lauren Gilger. I’m Ana Ruiz, and this is Latino USA.").map((p) => p.name)).toEqual(['Lauren Gilger', 'Ana Ruiz']);
  });

  it('takes no person from a river or a lab after a sentence’s "The" or "the" ("The Rio Grande was high", "the state Crime Lab said") (stop 51)', () => {
    const text = '"He ran," said Ana Ruiz. The Rio Grande was high that night, she said. The state Crime Lab said the bullet was an agent’s. The Rio Grande has risen.';
    expect(persons(text).map((p) => p.name)).toEqual(['Ana Ruiz']);
    expect(persons('Agents waited at the Rio Grande near the levee.').map((p) => p.name)).toEqual([]);
  });
});

describe('findPersons: a town the gazetteer lacks', () => {
  it('takes no person from a name ending in "City" or "Springs" after "from" or "in"', () => {
    const found = persons('The driver, a 19-year-old man from Horizon City, was arrested, and Rosa Lind of Palm Springs was hurt in Cedar Heights.');
    expect(found.map((p) => p.name)).toEqual(['Rosa Lind']);
  });

  it('takes no person from one after a timeline heading’s dash ("Oct. 21 — Little Village")', () => {
    expect(persons('Oct. 21 — Little Village\nAgents fired at Rosa Lind on 26th Street.').map((p) => p.name)).toEqual(['Rosa Lind']);
    expect(persons('Nov. 8 – Pilsen Heights\nAgents fired at a car.').map((p) => p.name)).toEqual([]);
  });
});

describe('findPersons: a person noun opening the sentence (stop 41)', () => {
  it('reads "Protester Jane Doe", "Parent Daniel Kozak" as the noun and the name', () => {
    const found = persons('Protester Jane Doe said she was hit. Parent Daniel Kozak, 38, said his daughter coughed.');
    expect(found.map((p) => [p.name, p.title])).toEqual([
      ['Jane Doe', 'protester'],
      ['Daniel Kozak', 'parent'],
    ]);
  });
});

describe('findPersons: names of bodies, roads, sites and businesses (stop 50)', () => {
  it('reads no person in "the Rio Grande Legal Defense Project", "the Paso del Norte bridge", "Lakeshore Meats" or "Boca Chica Boulevard"', () => {
    const text =
      'A CBP officer at the Paso del Norte bridge shot a man. The Rio Grande Legal Defense Project said Araceli Montemayor Garza, 58, was hurt. Workers at Lakeshore Meats said the raid was violent. The Front Range Immigrant Justice Coalition called for an inquiry. Agents drove to Boca Chica Boulevard.';
    expect(persons(text).map((p) => p.name)).toEqual(['Araceli Montemayor Garza']);
    expect(persons('A Ciudad Juárez man was shot in the thigh. Édgar Meléndez, 27, was hit.').map((p) => p.name)).toEqual(['Édgar Meléndez']);
    expect(persons("A van crashed near Sells, on the Tohono O'odham Nation. Ana Ruiz, 30, died.").map((p) => p.name)).toEqual(['Ana Ruiz']);
  });

  it('still reads a person whose name modifies an event, or ends a line before a body\'s word on the next', () => {
    expect(persons('Ana Ruiz said the Renee Good shooting was wrong. He thanked Tom Hale\nUnion leaders spoke.').map((p) => p.name)).toEqual(['Ana Ruiz', 'Renee Good', 'Tom Hale']);
  });
});

describe('findPersons: a name after "the" and an adverb (stop 56)', () => {
  it('reads no person in "had crossed the Rio Grande illegally"', () => {
    expect(persons('Agents were pursuing six people who had crossed the Rio Grande illegally when the group scattered.')).toEqual([]);
  });
});

describe('findPersons: where an office sits, before its title (stop 59)', () => {
  it('reads no person in "Brookfield" of "Brookfield Village Trustee Marisol Ochoa", nor in "Brookfield Village" of "… President Kevin Doyle"', () => {
    expect(persons('Brookfield Village Trustee Marisol Ochoa, who was at the protest, disputed the account.').map((p) => [p.name, p.title])).toEqual([['Marisol Ochoa', 'Village Trustee']]);
    expect(persons('Brookfield Village President Kevin Doyle issued a statement.').map((p) => [p.name, p.title])).toEqual([['Kevin Doyle', 'President']]);
  });
});

describe('findPersons: a school or a hospital named after a person (stop 59)', () => {
  it('reads no person in "Farragut Career Academy" nor in "Virginia Mason Memorial hospital"', () => {
    expect(persons('Kevin, a senior at Farragut Career Academy, loved cars.')).toEqual([]);
    expect(persons('She was pronounced dead at Virginia Mason Memorial hospital.')).toEqual([]);
  });

  it('reads no person in a school named by its grade, "Garfield Elementary", "Roosevelt High" (stop 60)', () => {
    expect(persons('He has two daughters at Garfield Elementary, and a son at Roosevelt High.')).toEqual([]);
  });
});

describe('findPersons: a court record’s cite (stop 63)', () => {
  it('reads "(Teague Decl. ¶¶ 4–7)" and "(Haller Dep. 61:4–9)" as no names "Teague Decl" and "Haller Dep"', () => {
    const names = persons('Officers boxed in the truck. (Teague Decl. ¶¶ 4–7, ECF No. 44-2.) Officer Haller fired. (Haller Dep. 61:4–9.)').map((p) => p.name);
    expect(names).not.toContain('Teague Decl');
    expect(names).not.toContain('Haller Dep');
    expect(persons('Ana Dep testified on Monday.').map((p) => p.name)).toEqual(['Ana Dep']);
  });
});

describe('findPersons: a store and a school written as things (stop 64)', () => {
  it('reads no person in "the Loma Mart buying groceries", nor in "Valle del Sol" that the text calls a high school', () => {
    expect(persons('She was inside the Loma Mart buying groceries.')).toEqual([]);
    expect(persons('He is a sophomore at Valle del Sol High School. Counselors were at Valle del Sol on Friday.')).toEqual([]);
  });

  it('still reads a person whose name opens on a given name beside a participle or a body\'s name', () => {
    expect(persons('The Renee Good shooting was in January.').map((p) => p.name)).toEqual(['Renee Good']);
    expect(persons('The Keith Porter Foundation said Keith Porter was kind.').map((p) => p.name)).toEqual(['Keith Porter']);
  });
});

describe('findPersons: "the Elizondo family" (stop 70)', () => {
  it('reads a family named by its surname as no thing\'s name, so the surname alone names its person', () => {
    const names = persons('Tomás Elizondo Carrillo was shot on March 2. Haskins represents the Elizondo family. Elizondo had been nervous.').map((m) => m.name);
    expect(names.filter((n) => n === 'Elizondo')).toHaveLength(2);
    // An adverb in -ly still ends a thing's name: "had crossed the Rio Grande illegally".
    expect(persons('He had crossed the Rio Grande illegally. Grande said nothing.').map((m) => m.name)).not.toContain('Rio Grande');
  });
});
