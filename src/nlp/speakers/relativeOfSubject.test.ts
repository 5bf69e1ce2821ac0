import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

// Invented sentences: each attribution's speaker, as [name, role, affiliation].
function speakers(text: string): ([string, string, string | null] | null)[] {
  return analyseText(text, { anchorDate: '2026-08-12', bodyStart: 0, outlet: null }).attributions.map((a) => (a.speaker ? [a.speaker.name, a.speaker.role, a.speaker.affiliation] : null));
}

describe('relativeOfSubject', () => {
  it('reads "Luz Aranda, whose brother Felipe Aranda, 38, was shot" as the subject\'s family, and him as the subject', () => {
    const text = 'DENVER — Luz Aranda, whose brother Felipe Aranda, 38, was shot in the leg on Aug. 6, spoke at a rally. She told the crowd: "He had his hands up." ICE said Aranda reached toward his waistband.';
    const found = speakers(text);
    expect(found[0]).toEqual(['Luz Aranda', 'family', 'relative of Felipe Aranda']);
    expect(found.at(-1)?.[1]).toBe('official');
  });

  it('reads a speaker whose own words call the subject "his wife" as her family, in his later quotes too (stop 42)', () => {
    const text = 'SALEM, Ore. — An ICE officer shot a woman on Wednesday.\n\nEfraín Solís said his wife, Leticia Solís, 31, was hit in the shoulder. "The kids were screaming," he said.';
    expect(speakers(text)).toEqual([
      ['Efraín Solís', 'family', 'relative of Leticia Solís'],
      ['Efraín Solís', 'family', 'relative of Leticia Solís'],
    ]);
    // Another's wife is no kin of the subject.
    expect(speakers('SALEM, Ore. — An ICE officer shot Leticia Solís, 31, on Wednesday.\n\nTom Reyes said his wife, Ana Reyes, saw it.')[0]?.[1]).not.toBe('family');
  });

  it('reads "said Yesenia Cruz, whose son, Daniel Cruz," as his family where no subject was found (stop 42)', () => {
    const text = 'CHARLOTTE — A mother says agents shocked her son with a Taser at a bus stop.\n\n"They didn\'t listen," said Yesenia Cruz, whose son, Daniel Cruz, is a junior at the high school.';
    expect(speakers(text).at(-1)).toEqual(['Yesenia Cruz', 'family', 'relative of Daniel Cruz']);
  });

  it('reads the person before ", whose" as family only when a kin word follows it', () => {
    const text = 'DENVER — Luz Aranda, whose office is near the corner, saw agents shoot Felipe Ortiz, 38, on Aug. 6. She said he had his hands up.';
    expect(speakers(text)[0]?.[1]).toBe('other');
  });

  it('reads one named right after the subject\'s unnamed relative spoke, bearing his surname, as that relative (stop 49)', () => {
    const text = 'AURORA, Colo. — Ernesto Loera, 36, was shot twice by an ICE officer on Tuesday, according to DHS. DHS said the officer fired because Loera tried to run him over.\n\nHis sister said he was unarmed. "He had his hands up," Dulce Esparza Loera said at a vigil.';
    const found = speakers(text);
    expect(found.slice(-2)).toEqual([
      ['sister of Ernesto Loera', 'family', 'sister of Ernesto Loera'],
      ['Dulce Esparza Loera', 'family', 'sister of Ernesto Loera'],
    ]);
    // Not after a relative spoke, or of another surname: no one's kin.
    expect(speakers(text.replace('His sister said', 'A neighbor said'))[3]?.[1]).not.toBe('family');
    expect(speakers(text.replace('Dulce Esparza Loera', 'Dulce Esparza Ruiz'))[3]?.[1]).toBe('other');
  });

  it('reads "His brother, NAME" bearing the subject\'s surname as his, after another man spoke (stop 49)', () => {
    const text = 'AURORA, Colo. — Ernesto Loera, 36, was shot twice by an ICE officer on Tuesday. Consul Rodrigo Méndez said the consulate had asked for the footage. His brother, Mario Loera, said the family would sue.';
    expect(speakers(text).at(-1)).toEqual(['Mario Loera', 'family', 'brother of Ernesto Loera']);
    // A brother of the consul's surname is the consul's.
    expect(speakers(text.replace('Mario Loera', 'Mario Méndez')).at(-1)?.[2]).toBe('brother of Rodrigo Méndez');
  });

  it('reads a relative introduced by the given name alone after the subject\'s surname, named in full later (stop 49)', () => {
    const text = "CHICAGO — Border Patrol agents arrested Tomás Villaseñor, 34, on Feb. 24 after a struggle. Villaseñor's wife, Araceli, sat in the second row. After the hearing, Araceli Villaseñor said her husband has never hit anyone.";
    expect(speakers(text).at(-1)).toEqual(['Araceli Villaseñor', 'family', 'wife of Tomás Villaseñor']);
    // Another given name: not her.
    expect(speakers(text.replace('wife, Araceli,', 'wife, Rosa,')).at(-1)?.[1]).toBe('other');
  });
});

describe('relativeOfSubject: a mother of two surnames (stop 60)', () => {
  it('reads "Her other son, Arturo Ventura Salcedo" as the son of the mother "her" means, whose first surname he bears second', () => {
    const text =
      'NOGALES, Ariz. — Consul Héctor Lizárraga said the consulate asked for the video of Rogelio Ventura Salcedo, 41, who died after CBP officers shocked him. "They have the right to dignity," Lizárraga said.\n\n' +
      'His mother, Eusebia Salcedo Ramírez, 68, spoke at the vigil. "He never gave anyone trouble," Salcedo Ramírez said.\n\n' +
      'Her other son, Arturo Ventura Salcedo, 37, stood beside her. He said the family learned of it from a co-worker.';
    expect(speakers(text).at(-1)).toEqual(['Arturo Ventura Salcedo', 'family', 'son of Eusebia Salcedo Ramírez']);
  });
});

describe('relativeOfSubject: the first of two surnames (stop 67)', () => {
  it('reads "Yesenia Quintero, his sister" as the sister of Rafael Quintero Mejía, not of the mayor named last', () => {
    const text =
      'DURHAM, N.C. — Border Patrol agents shot Rafael Quintero Mejía, 31, on March 3 as he backed out of his driveway.\n\n' +
      'Durham Mayor Leonardo Ames called the discrepancies "alarming."\n\n' +
      'Yesenia Quintero, his sister, said her brother moved to Durham in 2016.';
    expect(speakers(text).at(-1)).toEqual(['Yesenia Quintero', 'family', 'sister of Rafael Quintero Mejía']);
  });
});

describe('relativeOfSubject: a hyphenated surname, and his lawyer by the surname they share (stop 67)', () => {
  it('reads "Mariela Araujo, his older sister" as the sister of Tomás Araujo-Villalba, and "an attorney representing Araujo" as his lawyer', () => {
    const text =
      'SALEM, Ore. — An ICE officer shot Tomás Araujo-Villalba, 29, on Tuesday, DHS spokesperson Marcus Delaney said.\n\n' +
      'Gregory Tannehill, field office director for ICE in Seattle, said he would be charged.\n\n' +
      'Mariela Araujo, his older sister, said her brother is 26.\n\n' +
      'Ana Lucía Ferreira, an immigration attorney representing Araujo, said her client had no criminal record.';
    expect(speakers(text).slice(-2)).toEqual([
      ['Mariela Araujo', 'family', 'sister of Tomás Araujo-Villalba'],
      ['Ana Lucía Ferreira', 'subject_counsel', 'attorney for Tomás Araujo-Villalba'],
    ]);
  });
});

describe('relativeOfSubject: the mother who bears his second surname as her only one (stop 67)', () => {
  it('reads "Becerra said" after "His mother, Rosa Becerra," as the mother, Tomás Iriarte Becerra being called Iriarte', () => {
    const text =
      'ALBUQUERQUE — Tomás Iriarte Becerra was in stable condition Monday, according to his sister, Daniela Iriarte.\n\n' +
      'Iriarte, who was born in Chihuahua, has lived in the city since 2016.\n\n' +
      'His mother, Rosa Becerra, spoke briefly in Spanish. She said her son had applied for asylum.\n\n' +
      '"He goes to work, he comes home," Becerra said.';
    expect(speakers(text).at(-1)).toEqual(['Rosa Becerra', 'family', 'mother of Tomás Iriarte Becerra']);
  });
});
