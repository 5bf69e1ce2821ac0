import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('findSubjectPastOpening: ", saying …" after a clause with an opening phrase', () => {
  it('takes the subject after a place or a day and its comma', () => {
    expect(attribute('In Dayton, Ana Ruiz endorsed the mayor, saying she trusted him.')).toContainEqual(['Ana Ruiz', 'saying', ['she trusted him']]);
    expect(attribute('On Sunday, she defended the plan, saying it would pass.')).toContainEqual(['she', 'saying', ['it would pass']]);
  });

  it('names nobody when a second clause with its own subject comes before the participle', () => {
    const found = attribute('Last week, the council hired a clerk and the mayor fired his deputy, admitting that trust was lost.');
    expect(found.some((f) => f[1] === 'admitting')).toBe(false);
  });

  it('does not read an opening clause with a verb of its own as a phrase', () => {
    const found = attribute('When the vote failed, the mayor left the hall, saying nothing would change.');
    expect(found.some((f) => f[1] === 'saying' && f[0] === 'the mayor')).toBe(false);
  });
});
