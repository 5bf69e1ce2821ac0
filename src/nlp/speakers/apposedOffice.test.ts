import { describe, expect, it } from 'vitest';
import { apposedOffice } from './apposedOffice.js';
import { loadRoleVocab } from './roleVocab.js';

const before = (text: string, name: string) => apposedOffice(text, text.indexOf(name), loadRoleVocab());

describe('apposedOffice (stop 58)', () => {
  it('reads an office set off right before a name, with the body it is of', () => {
    expect(before('WASHINGTON — The acting chief of the U.S. Border Patrol, Douglas Renwick, testified Wednesday.', 'Douglas')).toBe(true);
    expect(before('The district attorney, Elena Barragán, declined to charge.', 'Elena')).toBe(true);
  });

  it('reads no office in a relation, a plain noun or a title of no office', () => {
    expect(before('His mother, Rosa Molina, spoke.', 'Rosa')).toBe(false);
    expect(before('The man, Omar Velez, was shot.', 'Omar')).toBe(false);
    expect(before('The pastor, Omar Velez, was struck.', 'Omar')).toBe(false);
  });
});
