import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('opensDemonstrativeObject (stop 69)', () => {
  it('reads "We note this because …" as no report of what follows, and keeps the report inside it', () => {
    expect(attribute("We note this because the agency's spokesperson stated that Mr. Tovar was struck in the arm.")).toEqual([
      ["the agency's spokesperson", 'stated', ['Mr. Tovar was struck in the arm']],
    ]);
  });

  it('keeps "this" opening a reported clause', () => {
    expect(attribute('He said this is not what happened.')).toEqual([['He', 'said', ['this is not what happened']]]);
  });
});
