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
