import { describe, expect, it } from 'vitest';
import { attributeText } from './testing/attributeText.js';

describe('findBulletLeadIn', () => {
  it('reads a list item\'s name, title and aside before the colon as who speaks the quotation (stop 66)', () => {
    expect(attributeText('What they are saying:\n\n- Benjamin Achterberg, Quintero\'s attorney: "It\'s a box cutter."')).toEqual([
      ['Benjamin Achterberg, Quintero\'s attorney', ':', ['It\'s a box cutter.']],
    ]);
    expect(attributeText('The other side:\n\n• CBP spokesperson Dwayne Kessler, in an emailed statement: "Agents used the minimum force necessary."')).toEqual([
      ['CBP spokesperson Dwayne Kessler, in an emailed statement', ':', ['Agents used the minimum force necessary.']],
    ]);
  });

  it('reads no lead-in without a bullet, without a name of two words, or with a verb of saying in the title', () => {
    expect(attributeText('Benjamin Achterberg, Quintero\'s attorney: "It\'s a box cutter."').map(([source]) => source)).not.toContain('Benjamin Achterberg, Quintero\'s attorney');
    expect(attributeText('What they are saying:\n\n- Achterberg, at a vigil Thursday: "It\'s a box cutter."')).toEqual([]);
    // The verb's own reading stands: "Officials" told it, not "Officials told Ana Diaz, in a letter".
    expect(attributeText('What they are saying:\n\n- Officials told Ana Diaz, in a letter: "You must leave."').map(([source]) => source)).toEqual(['Officials']);
  });
});
