import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';
import { apposedCouple, apposedRelation } from './apposedRelation.js';
import { loadRoleVocab } from './roleVocab.js';

function relationBefore(text: string, name: string): string[] | null {
  const start = text.indexOf(name);
  const words = apposedRelation(text, start, start + name.length, loadRoleVocab());
  return words ? words.map((w) => w.text) : null;
}

describe('apposedRelation', () => {
  it('reads a possessive and a relation noun set off by a comma before the name', () => {
    expect(relationBefore('His mother, Orlena Vasquette, spoke to the crowd.', 'Orlena Vasquette')).toEqual(['His', 'mother']);
    expect(relationBefore("It was Dunmore's eldest daughter, Pella Dunmore, who spoke.", 'Pella Dunmore')).toEqual(["Dunmore's", 'eldest', 'daughter']);
  });

  it('reads the possessive of a noun after "the" ("The driver\'s mother, …")', () => {
    expect(relationBefore("The driver's mother, Rosa Garrido, said he panicked.", 'Rosa Garrido')).toEqual(['The', "driver's", 'mother']);
    expect(relationBefore('the slain man’s sister, Ines Varo, spoke.', 'Ines Varo')).toEqual(['the', 'slain', 'man’s', 'sister']);
  });

  it('reads no relation that closes an opening phrase as a preposition\'s object before the clause\'s subject (stop 61)', () => {
    expect(relationBefore('Speaking through an interpreter provided by his attorney, Castañeda gave his account.', 'Castañeda')).toBeNull();
    // Set off after a preposition, the name is still the relation's.
    expect(relationBefore('The car stopped, according to his attorney, Daniel Kessler, who saw it.', 'Daniel Kessler')).toEqual(['his', 'attorney']);
  });

  it('takes any spaces between the comma and the name, a line break or a no-break space too', () => {
    expect(relationBefore('Her brother,\n  Tavio Renn, said nothing.', 'Tavio Renn')).toEqual(['Her', 'brother']);
    expect(relationBefore('Their father,\u00a0Anselm Quill, declined.', 'Anselm Quill')).toEqual(['Their', 'father']);
  });

  it('reads nothing without the comma right before the name', () => {
    expect(relationBefore('His mother Orlena Vasquette spoke to the crowd.', 'Orlena Vasquette')).toBeNull();
    expect(relationBefore('His mother, said Orlena Vasquette, was there.', 'Orlena Vasquette')).toBeNull();
    expect(relationBefore('Orlena Vasquette spoke first.', 'Orlena Vasquette')).toBeNull();
  });

  it('reads nothing before a name with a generational suffix', () => {
    expect(relationBefore('His father, Corwin Hale Sr., spoke.', 'Corwin Hale')).toBeNull();
  });
});

describe('apposedRelation: one who saw it, a clause of theirs between (stop 48)', () => {
  it('reads "A neighbor who was filming the arrest, Terrence Oyelaran" as a witness before the name', () => {
    const text = 'A neighbor who was filming the arrest, Terrence Oyelaran, 44, said the agents never identified themselves.';
    const at = text.indexOf('Terrence');
    expect(apposedRelation(text, at, at + 'Terrence Oyelaran'.length, loadRoleVocab())?.map((w) => w.text)).toEqual(['A', 'neighbor']);
  });
});

describe('apposedRelation: a possessor of two names (stop 58)', () => {
  it('reads "Xiloj Tzul\'s father" whole before "Santos Xiloj Batz", not "Tzul\'s father"', () => {
    const text = "Xiloj Tzul's father, Santos Xiloj Batz, spoke to the paper.";
    const at = text.indexOf('Santos');
    expect(apposedRelation(text, at, at + 'Santos Xiloj Batz'.length, loadRoleVocab())?.map((w) => w.text)).toEqual(['Xiloj', "Tzul's", 'father']);
  });

  it('takes no opening word of a sentence, nor a day, into the possessor', () => {
    const text = "On Tuesday Ruiz's mother, Elena Ruiz, spoke.";
    const at = text.indexOf('Elena');
    expect(apposedRelation(text, at, at + 'Elena Ruiz'.length, loadRoleVocab())?.map((w) => w.text)).toEqual(["Ruiz's", 'mother']);
  });
});

describe('apposedCouple (stop 65)', () => {
  it('reads "His parents, Lucía and Ernesto Beltrán," as the relation of either name, and of no one else', () => {
    const text = 'His parents, Lucía and Ernesto Beltrán, agreed to the interview. Lucía Beltrán said he was home.';
    const words = (name: string) => apposedCouple(text, name, loadRoleVocab())?.map((w) => w.text) ?? null;
    expect(words('Lucía Beltrán')).toEqual(['His', 'parents']);
    expect(words('Ernesto Beltrán')).toEqual(['His', 'parents']);
    expect(words('Adrián Beltrán')).toBeNull();
    // Two names after a word of no kin: no relation.
    expect(apposedCouple('His neighbors, Lucía and Ernesto Beltrán, agreed.', 'Lucía Beltrán', loadRoleVocab())).toBeNull();
  });

  it('makes each of the two a parent of the one shot', () => {
    const text = 'LAS CRUCES — A Border Patrol agent shot Adrián Beltrán, 16, on March 5. His parents, Lucía and Ernesto Beltrán, agreed to speak. "He asks me to leave the light on," Lucía Beltrán said.';
    expect(analyseText(text, { anchorDate: '2026-03-24' }).attributions.at(-1)?.speaker).toMatchObject({ name: 'Lucía Beltrán', role: 'family', affiliation: 'parent of Adrián Beltrán' });
  });
});
