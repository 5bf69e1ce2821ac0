import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('contentRange: a reported clause that opens on a quantity', () => {
  it('reads "said at least two people were hurt" as a report whose subject is "at least two people"', () => {
    expect(attribute('Police said at least two people were hurt.')).toEqual([['Police', 'said', ['at least two people were hurt']]]);
    expect(attribute('Ana Ruiz said at least four agents approached her husband.')).toEqual([['Ana Ruiz', 'said', ['at least four agents approached her husband']]]);
  });

  it('reads no clause in a count with a relative clause ("reported at least 20 victims at a center that works …")', () => {
    expect(attribute('Authorities reported at least 20 victims at a center that works with children.')).toEqual([]);
  });
});
