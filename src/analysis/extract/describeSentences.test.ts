import { describe, expect, it } from 'vitest';
import { describeText } from './testing/describeText.js';

// Invented texts.
function strongOf(body: string): boolean[] {
  return describeText(body, '2026-04-03').sentences.map((s) => s.strong);
}

describe('describeSentences', () => {
  it('reads force used on a person the sentence names as telling an incident: "agents tackled Luis Cardenas" (stop 53)', () => {
    expect(strongOf('YAKIMA, Wash. — ICE agents tackled Luis Cardenas, 31, in Yakima on Thursday morning.')).toEqual([true]);
    expect(strongOf('Deputies restrained Tomás Echeverría in a chair shortly after 1 a.m.')).toEqual([true]);
    expect(strongOf('Deputies placed him in a restraint chair shortly after 1 a.m.')).toEqual([true]);
    expect(strongOf('An ICE agent knocked a 2-year-old girl to the ground in Yakima on Thursday.')).toEqual([true]);
    // A verb of force with no person named after it tells nothing here, nor a name after another verb.
    expect(strongOf('The committee met Luis Cardenas, 31, in Yakima on Thursday morning.')).toEqual([false]);
  });
});

describe('describeSentences: "earlier this month" of the one the story is about (stop 56)', () => {
  it('reads a lede whose subject "was shot … earlier this month, died Tuesday" as no passing mention of another event', () => {
    const lede = "LAS CRUCES, N.M. — Tomás Arriaga Villalobos, the 29-year-old construction worker who was shot by a U.S. Border Patrol agent during a traffic stop earlier this month, died Tuesday, his family said.";
    expect(describeText(lede, '2026-03-20').sentences[0].passing).toBe(false);
    expect(describeText('In a shooting earlier this month, an agent fired on a driver in Yuma.', '2026-03-20').sentences[0].passing).toBe(true);
  });
});

describe('describeSentences: headings of roundups (stop 62)', () => {
  function headings(body: string): string[] {
    return describeText(body, '2026-02-20').sentences.flatMap((s) => (s.heading ? [s.text] : []));
  }

  it('reads a numbered item’s headline of up to twenty-five words as a heading', () => {
    const item = 'Las Cruces, N.M.: U.S. citizen nursing student says Border Patrol agents broke her wrist and tased her during a parking-lot stop';
    expect(headings(`Here is the week.\n\n2. ${item}\n\nDanitza Orellana, 22, was stopped on Feb. 6.`)).toEqual([item]);
    // Without the list's number, a line that long is a sentence, not a heading.
    expect(headings(`Here is the week.\n\n${item}\n\nDanitza Orellana, 22, was stopped on Feb. 6.`)).toEqual([]);
  });

  it('reads a place run in at the head of its paragraph ("Yuma. On Nov. 17, …") as a heading', () => {
    expect(headings('Four cases.\n\nYuma. On Nov. 17, an agent fired at a car.\n\nSalem, Ore. On Feb. 9, an officer fired.')).toEqual(['Yuma.', 'Salem, Ore.']);
    // A place that begins a longer sentence, or a paragraph of its own, heads nothing.
    expect(headings('Yuma is quiet. Agents fired at a car on Nov. 17.\n\nYuma.')).toEqual([]);
  });

  it('reads "took him to the ground", "tackle him" and "was taken down by … officers" as force', () => {
    expect(strongOf('A Greeley man is in intensive care after ICE officers took him to the ground outside the courthouse Monday.')).toEqual([true]);
    expect(strongOf('Teodoro Quispe, 51, was taken down by plainclothes ICE officers on Feb. 9.')).toEqual([true]);
    expect(strongOf('The video shows two officers tackle him on the steps.')).toEqual([true]);
    // Taken down the hall, a page taken down: no force.
    expect(strongOf('Officers took him down the hall to a holding room.')).toEqual([false]);
    expect(strongOf('The post was taken down by the agency on Monday.')).toEqual([false]);
  });
});

describe('describeSentences: counts of incidents (stop 62)', () => {
  const series = (text: string) => describeText(text, '2026-03-20').sentences[0].series;

  it('reads a count with words between the number and its noun, or "one of several … in which", as counting incidents', () => {
    expect(series('Federal agents used force in at least four widely reported encounters between January and April.')).toBe(true);
    expect(series('The shooting is one of several in recent months in which immigration officers have fired into vehicles.')).toBe(true);
    // A count of views is no count of incidents.
    expect(series('The two-minute video, which had been viewed more than 3 million times, shows him standing by his truck.')).toBe(false);
  });
});

describe('describeSentences: "earlier this month" in a participle of the one the story is about (stop 62)', () => {
  it('reads "X, the worker killed by an ICE officer earlier this month, was struck by three bullets" as no passing mention', () => {
    const lede = 'Rigoberto Salas, the warehouse worker killed by an Immigration and Customs Enforcement officer earlier this month, was struck by three bullets, according to an autopsy report released Wednesday.';
    expect(describeText(lede, '2026-03-20').sentences[0].passing).toBe(false);
  });
});

describe('describeSentences: editors’ notes (stop 63)', () => {
  it('reads a correction note as telling no force, where the same words in the story do', () => {
    const story = 'An ICE officer shot Ruben Aldana in a tire-shop lot in Yakima last week, his lawyer said.';
    const note = 'Correction, Jan. 23: The officer shot Aldana twice on Jan. 16, not three times.';
    const read = describeText(`${story}\n\n${note}`, '2026-01-23').sentences;
    expect(read.map((s) => [s.strong, s.weak])).toEqual([
      [true, false],
      [false, false],
    ]);
    expect(describeText(note.replace('Correction, Jan. 23: ', ''), '2026-01-23').sentences.map((s) => s.strong)).toEqual([true]);
  });
});

describe('describeSentences: a run-in head of a place and its date (stop 64)', () => {
  const headings = (text: string) => describeText(text, '2026-03-13').sentences.filter((s) => s.heading).map((s) => s.text);

  it('reads "Laredo, Texas — Aug. 9, 2023." run in at the head of its paragraph as a heading', () => {
    expect(headings('Three cases.\n\nLaredo, Texas — Aug. 9, 2023. A Border Patrol agent shot a man.\n\nSan Diego — Jan. 6, 2025. An officer fired four shots.')).toEqual([
      'Laredo, Texas — Aug. 9, 2023.',
      'San Diego — Jan. 6, 2025.',
    ]);
    // A sentence that goes on after the date is no head.
    expect(headings('Three cases.\n\nLaredo, Texas — Aug. 9, 2023, was hot. A Border Patrol agent shot a man.')).toEqual([]);
  });
});

describe('describeSentences: force written as a takedown (stop 65)', () => {
  const strongOf = (text: string) => describeText(text, '2025-10-15').sentences.map((s) => s.strong);

  it('reads "threw him face-first into the curb" and "kneeling on Seitkali\'s back" as force', () => {
    expect(strongOf('One of them grabbed him by the backpack and threw him face-first into the curb.')).toEqual([true]);
    expect(strongOf("The video shows an officer kneeling on Seitkali's back.")).toEqual([true]);
    expect(strongOf('She threw her coffee cup into the trash.')).toEqual([false]);
  });
});

describe('describeSentences: force "during the operation" (stop 65)', () => {
  const specificOf = (text: string) => describeText(text, '2026-03-12').sentences.map((s) => s.specific);

  it('reads force told of one worker "during the operation" as one occasion, and a count of raids as none', () => {
    expect(specificOf('One worker was shocked with a Taser during the operation and a second was bitten by a police dog.')).toEqual([true]);
    expect(specificOf('Agents have shocked dozens of workers with stun guns in raids.')).toEqual([false]);
  });
});

describe('describeSentences: another case a body is also reviewing (stop 68)', () => {
  it('reads "The FBI is also reviewing a Jan. 3 shooting near Nogales in which …" as a passing mention', () => {
    const text = 'The FBI is also reviewing a Jan. 3 shooting near Nogales in which a Border Patrol agent wounded a 19-year-old man in the leg.';
    expect(describeText(text, '2026-01-25').sentences[0].passing).toBe(true);
    expect(describeText('The FBI is reviewing the shooting.', '2026-01-25').sentences[0].passing).toBe(false);
  });
});

describe('describeSentences: a tally of many shootings (stop 68)', () => {
  it('reads counts of outcomes and of the incidents a report counted as telling many incidents, none', () => {
    const series = (text: string) => describeText(text, '2026-03-12').sentences[0].series;
    expect(series('One person has died and three have been wounded.')).toBe(true);
    expect(series('Of the 37 incidents, 22 involved a moving vehicle, the report says.')).toBe(true);
    expect(series('"We found that the government\'s own statements account for fewer than half of the shootings we documented," she said.')).toBe(true);
    expect(series('Shootings in which no one was hit, she said, rarely leave a paper trail.')).toBe(true);
    expect(series('One man has died after agents shot him in Chicago.')).toBe(false);
  });
});


describe('describeSentences: a round that hit someone (stop 69)', () => {
  it('reads "The first pepper ball hit my left hand" and "a foam round struck him" as force told', () => {
    const strong = (text: string) => describeText(text, '2026-03-14').sentences[0].strong;
    expect(strong('The first pepper ball hit my left hand, and I dropped my pen.')).toBe(true);
    expect(strong('A foam round struck him in the ribs.')).toBe(true);
    expect(strong('The ball hit the fence.')).toBe(false);
  });
});
