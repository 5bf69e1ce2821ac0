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
