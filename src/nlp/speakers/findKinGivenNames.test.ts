import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';
import { findKinGivenNames } from './findKinGivenNames.js';
import { loadRoleVocab } from './roleVocab.js';

describe('findKinGivenNames', () => {
  it('finds a relative named by a given name alone after a possessive and a family noun', () => {
    const vocab = loadRoleVocab();
    expect(findKinGivenNames("Ibarra's sister, Lucía, spoke. His widow, Graciela, wept.", vocab).map((k) => k.name)).toEqual(['Lucía', 'Graciela']);
    // No family noun, or no given name: nothing.
    expect(findKinGivenNames("Ibarra's lawyer, Lucía, spoke. His sister, Tuesday, wept.", vocab)).toEqual([]);
  });

  it('finds one named after "the couple\'s eldest daughter", a possessive of a common noun (stop 58)', () => {
    const vocab = loadRoleVocab();
    expect(findKinGivenNames("His wife stood beside the couple's eldest daughter, Daniela, 17, at the vigil.", vocab).map((k) => k.name)).toEqual(['Daniela']);
  });

  it('lets "she said" after "Ibarra\'s sister, Lucía," resolve to her, as her brother\'s sister', () => {
    const text = 'Border Patrol agents shot Tomás Ibarra, 27, on Monday. Ibarra\'s sister, Lucía, put it more bluntly. "They are saying my brother tried to kill somebody," she said.';
    expect(analyseText(text, { anchorDate: '2026-03-10' }).attributions.map((a) => a.speaker)).toEqual([{ name: 'Lucía', role: 'family', affiliation: 'sister of Tomás Ibarra' }]);
  });
});

describe('findKinGivenNames: read from the commas (stop 67)', () => {
  it('finds each of several in a row, where the text writes them, and none where no comma sets a name off', () => {
    const vocab = loadRoleVocab();
    const text = 'His sister, Lucía, and his brother, Mateo, spoke. Her mother, Ana, her father, Luis, came.';
    expect(findKinGivenNames(text, vocab).map((k) => [k.name, text.slice(k.start, k.start + k.name.length)])).toEqual([
      ['Lucía', 'Lucía'],
      ['Mateo', 'Mateo'],
      ['Ana', 'Ana'],
      ['Luis', 'Luis'],
    ]);
    expect(findKinGivenNames('His lawyer Lucía spoke, and so did his brother.', vocab)).toEqual([]);
  });
});

describe('findKinGivenNames: with no commas (stop 71)', () => {
  it('finds the given name straight after the family noun when a lower-case word follows, and not the first of two capitalised words', () => {
    const vocab = loadRoleVocab();
    expect(findKinGivenNames("His sister Lucía spoke. Elizondo's mother Ana, his brother, Mateo, came.", vocab).map((k) => k.name)).toEqual(['Lucía', 'Mateo']);
    expect(findKinGivenNames('His brother Luis Alberto spoke.', vocab)).toEqual([]);
  });

  it('lets "Elizondo\'s sister Daniela said" and a later "Daniela said" resolve to her, as his sister', () => {
    const text = "Tomás Elizondo Carrillo, 34, was shot by an ICE agent on March 3 in Yakima.\n\nElizondo's sister Daniela said he had no weapon. Daniela said he was scared.";
    const sister = { name: 'Daniela', role: 'family', affiliation: 'sister of Tomás Elizondo Carrillo' };
    expect(analyseText(text, { anchorDate: '2026-03-10' }).attributions.map((a) => a.speaker)).toEqual([sister, sister]);
  });
});
