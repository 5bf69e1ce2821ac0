import { describe, expect, it } from 'vitest';
import { findPlace } from './findPlace.js';
import { describeText } from './testing/describeText.js';

// Invented texts.
function placeOf(title: string, body: string, field: 'city' | 'place' = 'city'): string | null {
  const { sentences, headlinePlaces } = describeText(body, '2026-01-10', title);
  const found = findPlace(sentences, new Set(sentences.map((s) => s.index)), headlinePlaces);
  return field === 'city' ? (found.city?.city ?? null) : (found.place?.place ?? null);
}

describe('findPlace', () => {
  it('reads no city from where a lawyer works or a man was held, under a dateline the gazetteer does not know (stop 48)', () => {
    const body =
      'GREELEY — A man was shocked with a Taser by ICE officers Tuesday outside a tire shop.\n\nDenver immigration attorney Marisol Venegas said her client was being held at the ICE Processing Center in Aurora.';
    // Stop 63: the story's first dateline names its town though the gazetteer lacks it (findDatelines).
    expect(placeOf('Man tased by ICE', body)).toBe('Greeley');
    const died = 'Gladys Zelaya, 38, died Feb. 21 at the Montgomery Processing Center in Conroe, an ICE detention facility. The family hired a Houston lawyer.';
    expect(placeOf('Woman dies in ICE custody', died)).toBe('Conroe');
    // "detained him in Chicago" is where the arrest happened; only the passive tells where he was held after.
    expect(placeOf('Agents detain man', 'ICE agents shot a man and detained him in Chicago on Monday. The wounded man, a cook who works in Elgin, was shot twice.')).toBe('Chicago');
    const trial = 'A federal jury in Los Angeles on Thursday acquitted Rosa Delgado, 52, whom ICE agents tackled during an August raid. The raid took place at a car wash in Paramount.';
    expect(placeOf('Jury acquits grandmother', trial)).toBe('Paramount');
  });

  it('leaves out where another occasion happened, and then takes the headline\'s city', () => {
    const body = 'The officer fired three times at Dana Whitlock on Jan. 7. A spokesperson said the officer had been dragged by a car during a June arrest in Bloomington.';
    expect(placeOf('What the videos show about the Minneapolis ICE shooting', body)).toBe('Minneapolis');
    expect(placeOf('What the videos show', body)).toBeNull();
  });

  it('leaves out where a person was born or comes from', () => {
    const body = 'A man who was born in Tucson says agents pinned him to the ground in Mesa on July 15.';
    expect(placeOf('Agents detain citizen', body)).toBe('Mesa');
    expect(placeOf('Agents detain citizen', 'A student who grew up in El Paso says agents shot at his car on July 15.')).toBeNull();
    expect(placeOf('Agents detain citizen', 'MESA, Ariz. — A man shot by an agent on July 15 was a U.S. citizen born in Tucson, his family said.')).toBe('Mesa');
  });

  it('knows towns of the coverage near detention centres and crossings: "suburban Franklin Park" (stop 46)', () => {
    expect(placeOf('Agent shoots man', 'An ICE agent shot a man in suburban Franklin Park on Friday during a traffic stop near Chicago.')).toBe('Franklin Park');
  });

  it('takes the dateline\'s city over where the man lived ("Rogelio Ibarra, 29, of Nogales"), which counts when nothing else is named (stop 46)', () => {
    const body = 'The man killed was identified as Rogelio Ibarra, 29, of Nogales. Agents shot him during a traffic stop on Tuesday.';
    expect(placeOf('Border Patrol agents kill driver', `SASABE, Ariz. — ${body}`)).toBe('Sasabe');
    expect(placeOf('Border Patrol agents kill driver', body)).toBe('Nogales');
  });

  it('takes the headline\'s city over one the text names only as its dateline or a landmark (stop 42)', () => {
    const body = 'TUCSON, Ariz. — An agent shot a driver west of the port of entry on April 25. He was taken to a hospital in Tucson.';
    expect(placeOf('Statement on a use of force near Sasabe, Arizona', body)).toBe('Sasabe');
    expect(placeOf('Statement on a use of force', body)).toBe('Tucson');
  });

  it('prefers a city the text names to the headline\'s', () => {
    const body = 'The officer fired three times at Dana Whitlock in St. Paul on Jan. 7.';
    expect(placeOf('What the videos show about the Minneapolis ICE shooting', body)).toBe('St. Paul');
  });

  it('takes no county for the place when it only names an institution\'s reach', () => {
    const body = 'An officer shot and killed a man in Tucson on Jan. 7. Detectives will give their findings on the shooting to the Pima County district attorney.';
    expect(placeOf('Officer kills man', body, 'place')).toBeNull();
    expect(placeOf('Officer kills man', 'An officer shot and killed a man in Pima County on Jan. 7.', 'place')).toBe('Pima County');
    const hospital = 'An officer shot a man in Minneapolis on Jan. 7. He is in critical condition at Hennepin County Medical Center.';
    expect(placeOf('Officer shoots man', hospital, 'place')).toBeNull();
  });

  it('takes a dateline\'s town over a city named as a landmark or in an institution\'s name', () => {
    const body = 'MILL CREEK, Ore. (KT) — A deputy fired at a deacon of the Lutheran Church of Salem on Friday outside a warehouse in this Portland suburb.';
    expect(placeOf('Deputy fires at man', body)).toBe('Mill Creek');
    // The city itself is named as "the City of …".
    expect(placeOf('Deputy fires at man', 'A deputy fired at a man on Friday, the City of Salem said.')).toBe('Salem');
  });
});

describe('findPlace: a street only from a sentence that tells the incident', () => {
  it('takes no street from a sentence about where the man lived', () => {
    // Only the sentences that tell force are the incident's here (no sentence related by the segment).
    const placeAlone = (body: string) => findPlace(describeText(body, '2026-09-14', 'Friends remember mechanic').sentences, new Set()).place?.place ?? null;
    expect(placeAlone('To the neighbors on Jackson Avenue, Hector Salazar was the man who fixed their cars. Salazar was fatally shot by a Border Patrol agent on Sept. 6 during a traffic stop near Edinburg.')).toBeNull();
    expect(placeAlone('Salazar was fatally shot by a Border Patrol agent on Jackson Avenue on Sept. 6.')).toBe('Jackson Avenue');
  });
});

describe('findPlace: a foreign mission and a detention centre named after their towns (stop 56)', () => {
  it('reads the consulate "in New Orleans, which serves Tennessee" as no place of an arrest datelined Nashville', () => {
    const body =
      'NASHVILLE, Tenn. — ICE officers struck a roofer with a Taser outside a church on Sunday.\n\nThe Consulate of Honduras in New Orleans, which serves Tennessee, said it was following the case after officers used the Taser on him.';
    expect(placeOf('Man tased outside church', body)).toBe('Nashville');
  });

  it('reads a call "from the Adelanto ICE Processing Center" as where he was held after, and a death there as where it happened', () => {
    const body =
      'The last time she saw her husband, he was waving to her from the edge of the Home Depot parking lot in Pomona, California.\n\nShe said he called her from the Adelanto ICE Processing Center and told her two of his teeth were broken when agents threw him to the ground.';
    expect(placeOf('Day laborer thrown to ground', body)).toBe('Pomona');
    expect(placeOf('Man dies in custody', 'A man died at the Adelanto ICE Processing Center after guards restrained him.')).toBe('Adelanto');
  });
});

describe('findPlace: cities that name other cases, in the plural (stop 57)', () => {
  it('reads "the Portland and Minneapolis cases" as other occasions, the dateline\'s city as the story\'s', () => {
    const body =
      'CHARLOTTE, N.C. — Ibrahim Sesay had just left a hearing on Tuesday. ICE officers slammed him onto the concrete.\n\nAsked whether the Portland and Minneapolis cases reflected a pattern, the director said no.';
    expect(placeOf('Man slammed to the ground', body)).toBe('Charlotte');
  });
});

describe('findPlace: where someone the story quotes comes from (stop 62)', () => {
  it('reads no city from "a forensic pathologist from Minneapolis"', () => {
    const body = 'An ICE officer shot Tomas Reyes, 38, on West Lincoln Avenue on March 3. Dr. Mark Lind, a forensic pathologist from Minneapolis whom the family retained, said the wounds were in his back.';
    expect(placeOf('Autopsy of man shot by ICE', body)).toBeNull();
    expect(placeOf('Autopsy of man shot by ICE', `${body} He was shot in Tucson.`)).toBe('Tucson');
  });
});

describe('findPlace: another city’s state (stop 63)', () => {
  it('gives the dateline’s town no state from a company’s headquarters named elsewhere', () => {
    const body = 'WORTHINGTON — An ICE officer shot a man at the Kwik Trip on Oxford Street on Thursday.\n\nA spokesman for Kwik Trip in La Crosse, Wis., referred questions to police.';
    const { sentences } = describeText(body, '2026-01-28', 'Man shot');
    const found = findPlace(sentences, new Set(sentences.map((s) => s.index)));
    expect([found.city?.city, found.state?.state ?? null]).toEqual(['Worthington', null]);
  });
});

describe('findPlace: where someone spoke from (stop 66)', () => {
  it('reads no city from "told the Ledger by phone from Nogales"', () => {
    const body = 'A Border Patrol agent shot Tomás Ibarra Quintal on a ranch road on Dec. 3.\n\n"He was running for his life," his sister told the Ledger by phone from Nogales.';
    expect(placeOf('Agent shot man on ranch road', body)).toBeNull();
    expect(placeOf('Agent shot man on ranch road', body.replace('by phone from Nogales', 'in Nogales'))).toBe('Nogales');
  });
});

describe('findPlace: offices, hospitals, groups and courts named by their city (stop 71)', () => {
  it('reads no place from an agency office named by its city', () => {
    const body = 'Homeland Security Investigations (HSI) Kansas City special agents raided a plant in Davenport on Tuesday. Agents brought the man to the ground, said the special agent in charge of HSI\'s Kansas City office.';
    expect(placeOf('Raid at meat plant', body)).toBe('Davenport');
    expect(placeOf('Raid at meat plant', 'HSI Kansas City special agents brought the man to the ground, said the head of the Kansas City field office.')).toBeNull();
  });

  it('reads no place from where the wounded were taken, where a group works or where a judge sits', () => {
    expect(placeOf('Pursuit ends in crash', 'Agents fired at the SUV, and three people were taken to hospitals in Laredo. The chase began near Eagle Pass.')).toBe('Eagle Pass');
    expect(placeOf('Pursuit ends in crash', 'Agents fired at the SUV, said a nonprofit in Tucson that tracks deaths. The chase began near Eagle Pass.')).toBe('Eagle Pass');
    expect(placeOf('Worker charged', 'Agents struck the worker with a baton, a magistrate judge in Davenport heard. The raid was in Yuma.')).toBe('Yuma');
    expect(placeOf('Worker charged', 'Agents struck the worker with a baton and he was transferred to Iowa City. The raid was in Yuma.')).toBe('Yuma');
  });
});

describe('findPlace: a question names no place (stop 71)', () => {
  it('reads no place from "Does the Department intend to review the shooting in Yuma?"', () => {
    expect(placeOf('Letter on the report', 'An officer shot the man. Does the Department intend to review the January shooting in Yuma? The arrest took place in Tucson.')).toBe('Tucson');
  });
});

describe('findPlace: the second city of a pair (stop 71)', () => {
  it('reads no place from "taken to hospitals in Laredo and San Antonio"', () => {
    expect(placeOf('Pursuit ends in crash', 'Agents fired at the SUV, and six people were taken to hospitals in Laredo and San Antonio. The chase began near Eagle Pass.')).toBe('Eagle Pass');
  });
});

describe('findPlace: where a vehicle was stolen (stop 71)', () => {
  it('reads no place from "The Expedition had been reported stolen in Houston in January"', () => {
    expect(placeOf('Pursuit ends in crash', 'Agents fired at the SUV after a chase. The Expedition had been reported stolen in Houston in January. The chase began near Eagle Pass.')).toBe('Eagle Pass');
  });
});
