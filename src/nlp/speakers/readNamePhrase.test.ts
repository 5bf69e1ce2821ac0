import { describe, expect, it } from 'vitest';
import { readNamePhrase } from './readNamePhrase.js';
import { loadRoleVocab } from './roleVocab.js';

const vocab = loadRoleVocab();
const read = (text: string) => readNamePhrase(text, 0, text.length, vocab);
const nameOf = (text: string) => {
  const p = read(text);
  return p.name ? text.slice(p.name[0].start, p.name[p.name.length - 1].end) : null;
};

describe('readNamePhrase', () => {
  it('reads a name before a title of a unit whose name joins words with "and": "Director of the McAllen Air and Marine Branch" (stop 54)', () => {
    expect(nameOf('Tomás Elizondo, Director of the AMO McAllen Air and Marine Branch')).toBe('Tomás Elizondo');
    // A list of names after the first still heads no one.
    expect(nameOf('Sens. Lena Ortiz, Sam Park and Ana Ruiz')).toBeNull();
  });

  it('reads no name in "for the San Diego Field Office" after a title: a given name inside a place, before an office (stop 53)', () => {
    expect(nameOf('Sidney Aguilar, Director of Field Operations for the San Diego Field Office')).toBe('Sidney Aguilar');
    // A name after a title's portfolio is still read.
    expect(nameOf('Assistant Secretary for Public Affairs Tricia McLaughlin')).toBe('Tricia McLaughlin');
  });

  it('reads a name past the social-media handle after it ("Caleb Ostrowski (@costrowski)")', () => {
    expect(nameOf('Caleb Ostrowski (@costrowski), a freelance video journalist')).toBe('Caleb Ostrowski');
  });

  it('separates a title from the name after it', () => {
    const text = 'State Rep. Lena Ortiz';
    const p = read(text);
    expect(nameOf(text)).toBe('Lena Ortiz');
    expect(p.title).toBe('State Rep.');
    expect(p.titleRole).toBe('elected_official');
  });

  it('reads an article before a title as part of it ("The Rev. Ana Ruiz")', () => {
    expect(nameOf('The Rev. Ana Ruiz')).toBe('Ana Ruiz');
    expect(read('The Rev. Ana Ruiz').title).toBe('Rev.');
    expect(nameOf('the Reverend Ana Ruiz, 37')).toBe('Ana Ruiz');
    expect(nameOf('The Ana Ruiz Foundation')).toBeNull();
  });

  it('reads a judge\'s title, federal or not', () => {
    expect(nameOf('U.S. District Judge Sara Lind')).toBe('Sara Lind');
    expect(read('U.S. District Judge Sara Lind').titleRole).toBe('court');
    expect(nameOf('Magistrate Judge Tom Vane')).toBe('Tom Vane');
  });

  it('finds the name in either order around an apposition', () => {
    expect(nameOf('Omar Haddad, a lawyer for the family')).toBe('Omar Haddad');
    expect(nameOf('His attorney, Omar Haddad')).toBe('Omar Haddad');
    expect(read('His attorney, Omar Haddad').descriptors).toHaveLength(1);
  });

  it('finds a name after a short description with no title, and keeps the description', () => {
    expect(nameOf('His brother Sam Hale')).toBe('Sam Hale');
    expect(read('His brother Sam Hale').descriptors.map((d) => d.map((w) => w.norm))).toEqual([['his', 'brother']]);
    expect(nameOf('Neighbor Maria Lopez')).toBe('Maria Lopez');
    expect(nameOf('longtime campaign manager Rob Mook')).toBe('Rob Mook');
    // A body, an appositive that describes, a complement: no name.
    for (const text of ['the conservative-leaning Tax Foundation', 'a prominent Ohio Democrat', 'a lawyer for Sam Hale', 'the man who shot Sam Hale']) {
      expect(nameOf(text)).toBeNull();
    }
    // A name that stands on its own keeps an appositive from being read as a second one.
    expect(nameOf('Rob Mook, a prominent Ohio Democrat')).toBe('Rob Mook');
  });

  it('does not take group nouns, pronouns or descriptions for names', () => {
    for (const text of ['Attorneys', 'Authorities', 'They', 'the spokesperson', 'Defense lawyers', 'a neighbor who saw it']) {
      expect(read(text).name).toBeNull();
    }
  });
});

describe('readNamePhrase: one reading per span and document', () => {
  it('gives the same deeply frozen phrase for a span read again', () => {
    const text = 'His attorney, Omar Haddad, said the case was closed.';
    const first = readNamePhrase(text, 0, 25, vocab);
    const again = readNamePhrase(text, 0, 25, vocab);
    expect(again).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.name)).toBe(true);
    expect(first.name?.every((w) => Object.isFrozen(w))).toBe(true);
    expect(Object.isFrozen(first.descriptors)).toBe(true);
    expect(first.descriptors.every((d) => Object.isFrozen(d) && d.every((w) => Object.isFrozen(w)))).toBe(true);
    expect(text.slice(first.name?.[0].start, first.name?.[first.name.length - 1].end)).toBe('Omar Haddad');
  });

  it('reads a span of another text, or of the same text with another vocabulary, afresh', () => {
    const a = 'Sgt. Lena Ortiz said';
    const b = 'The neighbors said';
    expect(nameOf(a.slice(0, 15))).toBe('Lena Ortiz');
    const fromA = readNamePhrase(a, 0, 15, vocab);
    const fromB = readNamePhrase(b, 0, 15, vocab);
    expect(fromB).not.toBe(fromA);
    expect(fromB.name).toBeNull();
    expect(readNamePhrase(a, 0, 15, vocab).title).toBe('Sgt.');
    const other = { ...vocab, titleRoles: new Map() } as typeof vocab;
    expect(readNamePhrase(a, 0, 15, other).title).toBeNull();
    expect(readNamePhrase(a, 0, 15, vocab).title).toBe('Sgt.');
  });
});

describe("readNamePhrase: a lawmaker's party and state", () => {
  it('reads "Sen. Ana Ruiz, R-Texas" as Ana Ruiz, the party and state a descriptor', () => {
    expect(nameOf('Sen. Ana Ruiz, R-Texas')).toBe('Ana Ruiz');
    expect(nameOf('Rep. Ana Ruiz, D-N.Y.')).toBe('Ana Ruiz');
    expect(nameOf('Rep. Ana Ruiz, R-New Mexico')).toBe('Ana Ruiz');
    expect(nameOf('R-Texas')).toBeNull();
  });
});

describe('readNamePhrase: a place after the name', () => {
  it('reads "Debra Vance of Dover" and "Gov. Greg Abbott of Texas" as the name, the place a descriptor', () => {
    expect(nameOf('Debra Vance of Dover')).toBe('Debra Vance');
    expect(nameOf('Gov. Greg Abbott of Texas')).toBe('Greg Abbott');
    expect(nameOf('Ana Ruiz of the ACLU')).toBe('Ana Ruiz');
    expect(read('Ana Ruiz of the ACLU').descriptors.map((d) => d.map((w) => w.text).join(' '))).toEqual(['of the ACLU']);
  });

  it('keeps one word before "of" whole: a body, not a name', () => {
    expect(nameOf('Bank of America')).toBeNull();
    expect(nameOf('University of Texas')).toBeNull();
  });

  it('reads a state completing a place ("in Austin, Texas", "of Dover, Del.") as no second name', () => {
    expect(nameOf('Ana Ruiz, a spokeswoman in Austin, Texas')).toBe('Ana Ruiz');
    expect(nameOf('Tom Hale, 30, of Dover, Del.')).toBe('Tom Hale');
    expect(nameOf('Mr. Cruz, Darran Whiting of Liberty Baptist Church')).toBeNull();
  });
});

describe('readNamePhrase: a surname that is also a pronoun', () => {
  it('reads "Nicole Her" as a name', () => {
    expect(nameOf("Vang's attorney, Nicole Her")).toBe('Nicole Her');
    expect(nameOf('Her attorney')).toBeNull();
  });

  it('reads a name after an organisation\'s possessive ("DHS\'s Tricia McLaughlin"), the organisation as its prefix', () => {
    const text = "The Department of Homeland Security's Tricia McLaughlin";
    expect(nameOf(text)).toBe('Tricia McLaughlin');
    expect(read(text).prefix.map((w) => w.text).join(' ')).toBe("The Department of Homeland Security's");
    expect(nameOf("DHS's Tricia McLaughlin")).toBe('Tricia McLaughlin');
    expect(nameOf("A panel led by MSNBC's Chris Matthews")).toBeNull();
    expect(nameOf("MSNBC's Alex Seitz and Reuters' Luciana Lopez")).toBeNull();
  });

  it('reads a title\'s portfolio up to a name that opens on a given name ("Assistant Secretary for Public Affairs Tricia McLaughlin")', () => {
    const text = 'DHS Assistant Secretary for Public Affairs Tricia McLaughlin';
    expect(nameOf(text)).toBe('Tricia McLaughlin');
    expect(read(text).title).toBe('Assistant Secretary for Public Affairs');
    expect(nameOf('Acting Director of ICE Todd Lyons')).toBe('Todd Lyons');
    // No given name to open one: no name, as before.
    expect(nameOf('executive director of National Nurses United')).toBeNull();
  });

  it('reads the name after "named" that ends a description ("a retired school bus driver named Delphine Archer") (stop 49)', () => {
    expect(nameOf('The neighbor, a 52-year-old retired school bus driver named Delphine Archer')).toBe('Delphine Archer');
    expect(nameOf('a man called Tomás Reyes')).toBe('Tomás Reyes');
    // "named" with no name after it: none.
    expect(nameOf('the agent named in the lawsuit')).toBeNull();
  });

  it('reads a name after a portfolio that ends on a portfolio word, though the list lacks its given name (stop 49)', () => {
    const text = 'DHS Assistant Secretary for Public Affairs Celeste Harwood';
    expect(nameOf(text)).toBe('Celeste Harwood');
    expect(read(text).title).toBe('Assistant Secretary for Public Affairs');
    expect(read(text).titleRole).toBe('official');
    // Words of a portfolio are no name.
    expect(nameOf('Executive Director of Field Operations Enforcement')).toBeNull();
  });
});

describe('readNamePhrase: a list of names', () => {
  it('gives no head to a list closed by "and", with or without a title', () => {
    expect(nameOf('Sens. Lena Ortiz, Sam Park and Ana Ruiz')).toBeNull();
    expect(nameOf('Lena Ortiz, Sam Park and Ana Ruiz')).toBeNull();
  });

  it('keeps the name before an appositive that joins words with "and"', () => {
    expect(nameOf('Lena Ortiz, a lawyer and activist')).toBe('Lena Ortiz');
  });
});

describe('readNamePhrase: a relation noun before a name and its place (stop 48)', () => {
  it('reads "Attorney Jenna Holcomb of Des Moines" as the name, "Attorney" and "of Des Moines" describing it', () => {
    const text = 'Attorney Jenna Holcomb of Des Moines';
    const phrase = readNamePhrase(text, 0, text.length, loadRoleVocab());
    expect(phrase.name?.map((w) => w.text)).toEqual(['Jenna', 'Holcomb']);
    expect(phrase.descriptors.map((d) => d.map((w) => w.text).join(' '))).toEqual(['Attorney', 'of Des Moines']);
  });
});

describe('readNamePhrase: an age before the name (stop 58)', () => {
  it('reads the name after an age that opens its part ("One of Adrian\'s friends, 16-year-old Mateo Castillo") (stop 58)', () => {
    expect(nameOf("One of Adrian's friends, 16-year-old Mateo Castillo")).toBe('Mateo Castillo');
    expect(read('His friend, 16-year-old Mateo Castillo').descriptors.map((d) => d.map((w) => w.text).join(' '))).toEqual(['His friend', '16-year-old']);
    // An age before no name: none.
    expect(nameOf('a 16-year-old boy')).toBeNull();
  });
});

describe('readNamePhrase: a relative named inside the description (stop 62)', () => {
  it('keeps the first name the head when the second is set beside the relative its description ends on', () => {
    expect(nameOf("Andrea Whitfield, the attorney representing Salcedo's widow, Yesenia Morales, and their three children")).toBe('Andrea Whitfield');
    // A relative's own apposition lists someone else: no one name heads "X, his wife, Y".
    expect(nameOf('Tomas Ortiz, his wife, Ana Ortiz')).toBeNull();
  });
});

describe('readNamePhrase: a body after a title, and lawyers of the one named (stop 64)', () => {
  it('reads "Daniel Okafor of the Federal Defender Program" as Daniel Okafor, not a "Program" titled Federal Defender', () => {
    expect(nameOf('Daniel Okafor of the Federal Defender Program')).toBe('Daniel Okafor');
    expect(nameOf('Federal Defender Program')).toBeNull();
  });

  it('reads no name in "Lawyers representing Quintero Salas": the name is their client\'s', () => {
    expect(nameOf('Lawyers representing Quintero Salas')).toBeNull();
  });
});

describe('readNamePhrase: a title serving a principal titled and named (stop 65)', () => {
  it('reads "Neil Brandt, spokesman for State\'s Attorney Yvette Calloway" as Neil Brandt, the principal\'s name part of the description', () => {
    expect(nameOf("Neil Brandt, spokesman for State's Attorney Yvette Calloway")).toBe('Neil Brandt');
    expect(nameOf('Neil Brandt, chief of staff to Mayor Yvette Calloway')).toBe('Neil Brandt');
    // A capitalised title's portfolio still runs to the name.
    expect(nameOf('Assistant Secretary for Public Affairs Tricia McLaughlin')).toBe('Tricia McLaughlin');
  });
});

describe('readNamePhrase: where a speaker lives, as minutes write it (stop 71)', () => {
  it('reads "Luis Carmona, Salem" as the name and a place, not two names', () => {
    const text = 'Luis Carmona, Salem';
    const read = readNamePhrase(text, 0, text.length, loadRoleVocab());
    expect(read.name?.map((w) => w.text)).toEqual(['Luis', 'Carmona']);
  });
});
