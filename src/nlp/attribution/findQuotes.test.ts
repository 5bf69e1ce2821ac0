import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('findQuotes: three apostrophes in wire and archive text', () => {
  it('closes a doubled-apostrophe quotation that ends on a nested single quotation', () => {
    expect(attribute("''He told me, 'Go home,''' Ruiz said.")).toEqual([['Ruiz', 'said', ["He told me, 'Go home,'"]]]);
    expect(attribute("''He told me, 'Go home,''' said Ana Ruiz, a nurse. ''We left.''")).toEqual([['Ana Ruiz, a nurse', 'said', ["He told me, 'Go home,'", 'We left.']]]);
  });

  it('opens one that starts with a nested single quotation', () => {
    expect(attribute("'''Go home' is what he said,'' Ruiz said.")).toEqual([['Ruiz', 'said', ["'Go home' is what he said,"]]]);
  });
});

describe('findQuotes: an opening curly mark typed for the closing one', () => {
  it('closes the open quotation at a “ after its last punctuation and before a space', () => {
    expect(attribute('“It is unusual,“ said Ana Ruiz, a lawyer. “It is a hard thing to do.”')).toEqual([['Ana Ruiz, a lawyer', 'said', ['It is unusual,', 'It is a hard thing to do.']]]);
  });

  it('still opens a quotation at a “ after a space', () => {
    expect(attribute('Ruiz said, “The pier is closed.” The clerk agreed.')).toEqual([['Ruiz', 'said', ['The pier is closed.']]]);
  });
});

describe('findQuotes: quotations in single marks', () => {
  it("reads a paragraph quoted in single marks, British style ('We left,' she said)", () => {
    expect(attribute("'He was walking away when they shot him,' said Ana Ruiz, a lawyer for the family. 'There were no rocks.'")).toEqual([
      ['Ana Ruiz, a lawyer for the family', 'said', ['He was walking away when they shot him,', 'There were no rocks.']],
    ]);
    expect(attribute('‘We left at noon,’ Ruiz said.')).toEqual([['Ruiz', 'said', ['We left at noon,']]]);
  });

  it('takes no apostrophe for a mark, and leaves a paragraph without a tag-closing comma alone', () => {
    // "the 'Dreamers' program": a plural possessive's apostrophe cancels the run; "the '90s" is a year.
    expect(attribute("'We grew up here in the '90s,' Ruiz said.")).toEqual([['Ruiz', 'said', ["We grew up here in the '90s,"]]]);
    expect(attribute("The 'Dreamers' program ended, Ruiz said.")).toEqual([['Ruiz', 'said', ["The 'Dreamers' program ended"]]]);
    // A headline's "Ruiz: 'We Will Win.'" keeps its marks, as PolNeAR's annotators mark it.
    expect(attribute("Ruiz: 'We Will Win.'")).toEqual([['Ruiz', ':', ["'We Will Win.'"]]]);
  });

  it('leaves single marks inside a double quotation to the double one', () => {
    expect(attribute('"He told me, \'Go home,\' and left," Ruiz said.')).toEqual([['Ruiz', 'said', ["He told me, 'Go home,' and left,"]]]);
  });
});
