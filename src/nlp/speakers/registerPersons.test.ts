import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

// Invented sentences: the speaker of the last attribution.
function lastSpeaker(text: string): string | null {
  return analyseText(text, { anchorDate: '2026-05-09', bodyStart: 0, outlet: null }).attributions.at(-1)?.speaker?.name ?? null;
}

describe('registerPersons', () => {
  it('gives a titled officer the body his own mention names, not the first force of its kind in the story (stop 49)', () => {
    const text = 'In Charlotte, a Border Patrol agent shot Mario Ruiz, 40, on Feb. 2. Charlotte-Mecklenburg police said they were not involved.\n\nIn San Antonio, an ICE officer shot Ana Diaz, 52, on Feb. 21. San Antonio Police Chief William McManus said his department had opened its own review.';
    expect(analyseText(text, { anchorDate: '2026-03-04', bodyStart: 0, outlet: null }).attributions.at(-1)?.speaker?.affiliation).toBe('San Antonio Police');
  });

  it('takes no he or she from what one named as kin says of the other ("His partner, Yolimar Castro, who was in the car, said he ran")', () => {
    const text = 'A Border Patrol agent shot Jhonny Alvarado, 31, in El Paso on Oct. 2. His partner, Yolimar Castro, who was in the car, said he ran because he was scared. "They shot him from behind," she said.';
    expect(lastSpeaker(text)).toBe('Yolimar Castro');
  });

  it('takes no gender from a "he" that opens the words of a relative or a friend: they speak of the man', () => {
    const lead = 'The man, Efraín Quiroga, 43, was shot twice in the chest.';
    expect(lastSpeaker(`${lead} His cousin, Nelly Ruiz, said he was holding a phone.\n\n"He was afraid of them," she said.`)).toBe('Nelly Ruiz');
    expect(lastSpeaker(`${lead} His friend Hodan Ali said he had asked the agents why.\n\n"He asked a question," she said.`)).toBe('Hodan Ali');
  });

  it('still takes it from a "he" that opens the words of someone introduced by name alone', () => {
    const lead = 'The man, Efraín Quiroga, 43, was shot twice in the chest.';
    expect(lastSpeaker(`${lead} Nelly Ruiz said he heard the shots from her porch.\n\n"It was loud," she said.`)).toBeNull();
  });
});

describe("registerPersons: the outlet's own reporter (stop 58)", () => {
  const text = "A Border Patrol agent fired shots at a car on Tuesday.\n\nHis mother, Norma Ruiz, 47, told WCHB's Alicia Brennan that her son was on his way to work.\n\n\"He got scared,\" she said.";
  const last = (outlet: string | null) => analyseText(text, { anchorDate: '2026-05-13', bodyStart: 0, outlet }).attributions.at(-1)?.speaker?.name ?? null;

  it('reads a reporter named after the station\'s call sign as no one a "she" of the sources may mean', () => {
    expect(last('WCHB 2 Chicago')).toBe('Norma Ruiz');
  });

  it('reads a reporter of another outlet as a person the text names', () => {
    expect(last('KXAN Austin')).toBeNull();
  });
});

describe('registerPersons: a national office by its holders (stop 64)', () => {
  it('reads "President Margaret Oduya" of a university as holding no national office, and "President Donald Trump" as holding it', () => {
    const roles = (text: string) => analyseText(text, { anchorDate: '2025-10-20', bodyStart: 0, outlet: null }).attributions.map((a) => [a.speaker?.role ?? null, a.speaker?.affiliation ?? null]);
    expect(roles('President Margaret Oduya said the university would help the student.')).toEqual([['other', null]]);
    expect(roles('President Donald Trump said the officer was a hero.')).toEqual([['elected_official', 'President of the United States']]);
  });
});

describe('registerPersons: a trustee and a student body\'s president (stop 65)', () => {
  it('reads "Trustee Mariela Fuentes" as an elected trustee named Mariela Fuentes, and a student assembly\'s president as no office of state', () => {
    const speakers = (text: string) => analyseText(text, { anchorDate: '2026-02-20', bodyStart: 0, outlet: null }).attributions.map((a) => [a.speaker?.name ?? null, a.speaker?.role ?? null]);
    expect(speakers('Trustee Mariela Fuentes, who asked the question, said the answer told the board nothing.')).toEqual([['Mariela Fuentes', 'elected_official']]);
    expect(speakers('University Trustee Mariela Fuentes said the board would meet.')).toEqual([['Mariela Fuentes', 'other']]);
    expect(speakers('Graduate Student Assembly President Isabel Ferreira-Lutz told the crowd that the assembly would vote.')).toEqual([['Isabel Ferreira-Lutz', 'other']]);
  });
});

describe('registerPersons: a civic body\'s name before a title (stop 65)', () => {
  it('reads "Frontera Watch director Marisol Quintana" as the group\'s, no official', () => {
    const speaker = (text: string) => analyseText(text, { anchorDate: '2025-10-25', bodyStart: 0, outlet: null }).attributions.at(-1)?.speaker;
    expect(speaker('Frontera Watch director Marisol Quintana said the video should prompt a review.')).toMatchObject({ name: 'Marisol Quintana', role: 'other', affiliation: 'Frontera Watch' });
    expect(speaker('Human Rights Watch researcher Ana Ruiz said the video should prompt a review.')).toMatchObject({ role: 'other', affiliation: 'Human Rights Watch' });
    // A place's office before a title is still an office.
    expect(speaker('Luna County Sheriff Arturo Benavidez said his deputies reached the scene.')?.role).toBe('official');
  });
});

describe('registerPersons: a seat before a title in a transcript\'s label (stop 65)', () => {
  it('gives "COUNCIL PRESIDENT BELTRÁN" no national office', () => {
    const text = 'MAYOR VIDAL: An officer shot a man on Union Boulevard yesterday.\n\nCOUNCIL PRESIDENT BELTRÁN: Thank you. We want answers about the shooting.\n\nCHIEF FITZHUGH: He was hit in the back.\n\nMAYOR VIDAL: We will know more soon.';
    const speakers = analyseText(text, { anchorDate: '2025-10-15', bodyStart: 0, outlet: null }).attributions.map((a) => [a.speaker?.name ?? null, a.speaker?.role ?? null, a.speaker?.affiliation ?? null]);
    expect(speakers).toContainEqual(['Beltrán', 'elected_official', null]);
    expect(speakers.some(([, , affiliation]) => affiliation === 'President of the United States')).toBe(false);
  });
});

describe('registerPersons: a title held no longer (stop 66)', () => {
  it('keeps "Retired" with the title before a name: a retired ICE supervisor speaks for no one (stop 66)', () => {
    const text = 'An ICE officer shot Rafael Quintero, 34, in Durham on Feb. 11.\n\nRetired ICE supervisor Glenn Harbison, who is not involved in the case, told the Current that officers are trained not to shoot at moving vehicles.';
    expect(analyseText(text, { anchorDate: '2026-02-14', bodyStart: 0, outlet: null }).attributions.at(-1)?.speaker).toMatchObject({ name: 'Glenn Harbison', role: 'other', affiliation: 'retired ICE supervisor' });
  });
});
