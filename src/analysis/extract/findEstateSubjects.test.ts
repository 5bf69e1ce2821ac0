import { describe, expect, it } from 'vitest';
import { findEstateSubjects } from './findEstateSubjects.js';

describe('findEstateSubjects', () => {
  it('reads the decedent a wrongful-death caption sues for, in running case', () => {
    const caption = 'MARISOL VALDIVIA, individually and as personal representative of the Estate of ERNESTO VALDIVIA RUIZ, deceased,\n\nPlaintiff,\n\nv.\n\nUNITED STATES OF AMERICA,';
    expect(findEstateSubjects(caption)).toEqual(['Ernesto Valdivia Ruiz']);
  });

  it('reads no estate not said to be of one deceased, and nothing from a text without one', () => {
    expect(findEstateSubjects('The Estate of Mind Foundation donated.')).toEqual([]);
    expect(findEstateSubjects('Agents shot Ana Ruiz on Tuesday.')).toEqual([]);
  });
});
