import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

/** The speaker names analyseText gives each source, in order. */
function speakers(text: string): (string | null)[] {
  return analyseText(text, { anchorDate: '2026-02-10', bodyStart: 0, outlet: null }).attributions.map((a) => a.speaker?.name ?? null);
}

describe('resolveTarget', () => {
  it('reads "his family" in a lede that opens on the man shot, named only later, as that man’s family', () => {
    const text =
      'LOS ANGELES — A man shot by a federal immigration agent during an arrest last week has died, his family said Monday.\n\nJorge Medina, 52, was shot in the neck on Feb. 3 outside a car wash where he worked. He died Sunday.';
    expect(speakers(text)[0]).toBe('family of Jorge Medina');
    // An age before the noun, and a death in custody.
    const custody =
      'A 52-year-old Cuban man who died in the custody of immigration officers last week suffered a medical emergency, officials said, but his family says guards beat him.\n\nJorge Medina was found unresponsive in his cell on Feb. 3 and was shot with a Taser the day before, his lawyer said.';
    expect(speakers(custody)[1]).toBe('family of Jorge Medina');
  });

  it("reads a surname the subject shares with a relative ('Medina's family' beside his sister Rosa Medina) as the subject's", () => {
    const text =
      'Federal agents shot and killed Jorge Medina, 52, on Feb. 3 outside a car wash.\n\nMedina’s family said in a statement that he was on his way to work. “He never hurt anyone,” his sister, Rosa Medina, told reporters.';
    expect(speakers(text)).toEqual(['family of Jorge Medina', 'Rosa Medina']);
    // No subject of that surname: nobody sure.
    const other = 'Federal agents shot and killed Jorge Medina, 52, on Feb. 3.\n\nRuiz’s family said in a statement that they were shocked. “It is a tragedy,” said Ana Ruiz. “We want answers,” said Tom Ruiz.';
    expect(speakers(other)[0]).toBeNull();
  });

  it('reads "her family" after "her lawyer, Maria Ortega" as her client\'s family, not the lawyer\'s', () => {
    const text =
      'A Border Patrol agent shot Lena Ruiz, 29, in Tucson on Monday.\n\nHer lawyer, Maria Ortega, denied that she rammed the vehicle. Her family said she was unarmed.';
    expect(speakers(text)).toEqual(['Maria Ortega', 'family of Lena Ruiz']);
  });

  it('leaves "his family" unresolved when the sentence opens on someone else, or the genders disagree', () => {
    const witness = 'A man who lives nearby said his family heard three shots.\n\nJorge Medina, 52, was shot in the neck on Feb. 3 outside a car wash where he worked.';
    expect(speakers(witness).filter((s) => s?.startsWith('family'))).toEqual([]);
    const woman = 'A woman shot by a federal agent last week has died, his family said Monday.\n\nJorge Medina, 52, was shot in the neck on Feb. 3 outside a car wash where he worked.';
    expect(speakers(woman).filter((s) => s?.startsWith('family'))).toEqual([]);
  });

  it('makes nobody their own relative ("Ruiz’s daughter, Ana Ruiz" where no other Ruiz is named)', () => {
    const text = 'Agents shot a man on Feb. 3 outside a car wash.\n\n“He was unarmed,” said Ruiz’s daughter, Ana Ruiz.';
    const [a] = analyseText(text, { anchorDate: '2026-02-10', bodyStart: 0, outlet: null }).attributions;
    expect([a.speaker?.name, a.speaker?.role, a.speaker?.affiliation]).toEqual(['Ana Ruiz', 'family', null]);
  });
});

describe('resolveTarget: a possessor set apart from the subject', () => {
  it('gives "the young man\'s mother" no whose in a story of two men, but keeps "the man\'s brother" the subject\'s', () => {
    const story = 'Federal agents shot Tomas Reyes, 52, near Laredo on Monday.\n\n';
    const young = speakers(`${story}The young man's mother, Ana Ruiz, said he was holding his phone.`);
    const man = speakers(`${story}The man's brother, Luis Reyes, said he was holding his phone.`);
    const affiliation = (text: string) => analyseText(text, { anchorDate: '2026-02-10', bodyStart: 0, outlet: null }).attributions.map((a) => a.speaker?.affiliation ?? null);
    expect(young).toEqual(['Ana Ruiz']);
    expect(man).toEqual(['Luis Reyes']);
    expect(affiliation(`${story}The young man's mother, Ana Ruiz, said he was holding his phone.`)).toEqual([null]);
    expect(affiliation(`${story}The man's brother, Luis Reyes, said he was holding his phone.`)).toEqual(['brother of Tomas Reyes']);
  });
});

describe('resolveTarget: a lede that opens on the person force was used on', () => {
  it('reads "his family" past a dateline with a state ("SALEM, Ore. —") and after "was shocked"', () => {
    expect(speakers('SALEM, Ore. — A man shot by an ICE officer last week has died, his family said Monday.\n\nRodrigo Fuentes, 38, was shot in the abdomen on Feb. 3.')[0]).toBe('family of Rodrigo Fuentes');
    expect(
      speakers('SAN DIEGO — A 17-year-old U.S. citizen was shocked with a Taser at the port of entry on Friday, according to his family.\n\nAdrian Medina was treated for dog bites, his father, Jorge Medina, said.')[0],
    ).toBe('family of Adrian Medina');
  });
});

describe('resolveTarget: bare "relatives" in a story of two people', () => {
  it('names the family of the other person force was used on, told of in its paragraph, and nobody’s beyond it', () => {
    const story = (relatives: string) =>
      `Agents opened fire twice on Tuesday.\n\nIn the morning, an ICE officer shot Luis Ortega, 35, at his home.${relatives}\n\nThat afternoon, an agent fired at Ramon Castillo’s truck after Castillo rammed an SUV. Castillo was arrested. Castillo was not hurt.`;
    expect(speakers(story(' Relatives said he was unarmed.'))).toEqual(['family of Luis Ortega']);
    expect(speakers(story('\n\nRelatives said he was unarmed.'))).toEqual([null]);
    const one = 'An ICE officer shot Ramon Castillo, 51, on Tuesday after Castillo rammed an SUV. Castillo was arrested. Relatives said he was unarmed.';
    expect(speakers(one)).toEqual(['family of Ramon Castillo']);
    // The subject's husband, detained, is kin, not another subject.
    const kin = 'An agent shot Ana Ruiz, 29, on Monday. Ruiz was hit in the hip. Ruiz’s husband, Tomas Vidal, 31, was detained, according to the family.';
    expect(speakers(kin)).toEqual(['family of Ana Ruiz']);
  });
});

describe('resolveTarget: a possessor the sentence brings in anew', () => {
  it('reads "the boy\'s uncle" after "a 16-year-old boy" in a passing case as no kin of the subject named before (stop 50)', () => {
    const lead = 'EAGLE PASS, Texas — A Border Patrol agent shot Óscar Delgado Fuentes, 22, on Jan. 4, the agency said.\n\n';
    const passing = "In another case, an agent shot a 16-year-old boy near Sunland Park on March 2; the boy's uncle said he was sitting on the fence.";
    expect(speakers(`${lead}${passing}`).at(-1)).toBeNull();
    // The boy the story is about: his uncle.
    expect(speakers(`SUNLAND PARK, N.M. — An agent shot a 16-year-old boy on March 2; the boy's uncle said he was sitting on the fence.`).at(-1)).toBe('the boy\'s uncle');
  });
});

describe('resolveTarget: an unnamed man of the pronoun\'s own sentence (stop 52)', () => {
  it('takes "his family" after "the man they put in that SUV" for no man named in a sentence before', () => {
    const lead = 'Agents arrested a roofer on Sunday. Walter Brisbane, a neighbor, said he saw the arrest.\n\n';
    expect(speakers(`${lead}But the man they put in that SUV — his family says his name is Efraín Solís — deserves better.`).at(-1)).toBeNull();
    // The man named in the same sentence is still the one: "Walter Brisbane, the man who wrote it, said his family …".
    expect(speakers(`${lead}Brisbane is the man who filed it; his family says he was right.`).at(-1)).toBe('family of Walter Brisbane');
  });
});
