import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';
import { loadRoleVocab } from './roleVocab.js';
import { relationAfterName } from './relationAfterName.js';

function relationAfter(text: string, name: string): string[] | null {
  const words = relationAfterName(text, text.indexOf(name) + name.length, loadRoleVocab());
  return words ? words.map((w) => w.text) : null;
}

describe('relationAfterName', () => {
  it('reads a possessive and a relation noun set off by a comma after the name', () => {
    expect(relationAfter('The video was released by Ines Varga, Tomas Hale’s attorney. It shows the car.', 'Ines Varga')).toEqual(['Tomas', 'Hale’s', 'attorney']);
    expect(relationAfter('Rosa Molina, his mother, spoke to the crowd.', 'Rosa Molina')).toEqual(['his', 'mother']);
    expect(relationAfter('Ben Cole, the family’s lawyer, filed the claim.', 'Ben Cole')).toEqual(['the', 'family’s', 'lawyer']);
  });

  it('reads nothing but a relation, and nothing without the comma', () => {
    expect(relationAfter('Rosa Molina, his neighbor across the street, spoke.', 'Rosa Molina')).toBeNull();
    expect(relationAfter('Rosa Molina, a teacher, spoke.', 'Rosa Molina')).toBeNull();
    expect(relationAfter('Rosa Molina his mother spoke.', 'Rosa Molina')).toBeNull();
  });

  it('makes a lawyer named in an apposition outside any speaker phrase the subject’s counsel when she speaks', () => {
    const text =
      'Federal agents shot Nico Ambar, 41, in the leg outside a laundromat in Yuma on March 2.\n\n' +
      'The video was released on Friday by Lorna Veit, Ambar’s attorney. “He was backing up,” Veit said.';
    const last = analyseText(text, { anchorDate: '2026-03-10', bodyStart: 0, outlet: null }).attributions.at(-1)!;
    expect([last.speaker?.name, last.speaker?.role, last.speaker?.affiliation]).toEqual(['Lorna Veit', 'subject_counsel', 'attorney for Nico Ambar']);
  });
});

describe('relationAfterName: a lawyer "for the family" or who "now represents" it (stop 71)', () => {
  it('reads the lawyer\'s noun and whom they act for', () => {
    expect(relationAfter('Marcus Bell, an attorney for the family, filed a claim.', 'Marcus Bell')).toEqual(['an', 'attorney', 'for', 'the', 'family']);
    expect(relationAfter('Marcus Bell, a civil-rights attorney who now represents the Arroyo family, filed a claim.', 'Marcus Bell')).toEqual(['a', 'civil-rights', 'attorney', 'who', 'now', 'represents', 'the', 'Arroyo', 'family']);
  });

  it('makes the lawyer the subject\'s counsel when quoted later by surname alone', () => {
    const text = 'An ICE officer shot Julián Arroyo Vega on Tuesday in Santa Ana.\n\nMarcus Bell, a civil-rights attorney who now represents the Arroyo family, filed a claim on Monday.\n\nBell said the truck was reversing.';
    expect(analyseText(text, { anchorDate: '2026-03-10' }).attributions.map((a) => a.speaker?.role)).toEqual(['subject_counsel']);
  });
});
