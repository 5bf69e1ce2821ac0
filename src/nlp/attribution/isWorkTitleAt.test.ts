import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('isWorkTitleAt: the quoted title of a work after the tag', () => {
  it('reads the clause before the tag as what was said, not the title', () => {
    expect(attribute('The flood ended plans to return home, she wrote in her memoir, “Hard Water.”')).toEqual([['she', 'wrote', ['The flood ended plans to return home']]]);
    expect(attribute("The flood in 1959 ended plans to return home, Ruiz said in her 2012 book, ''A River Son.''")).toEqual([
      ['Ruiz', 'said', ['The flood in 1959 ended plans to return home']],
    ]);
  });

  it('still reads a quotation that is no title after a work noun', () => {
    expect(attribute('She wrote in her column, “we are done with this town and its bridge.”')).toEqual([['She', 'wrote', ['we are done with this town and its bridge.']]]);
    expect(attribute('She wrote in her column, “We are done.” Then she left.')).toEqual([['She', 'wrote', ['We are done.']]]);
  });
});
