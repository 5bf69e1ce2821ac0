import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('dropRelativeObjectReports (stop 68)', () => {
  it('finds no report in a relative clause whose pronoun is what was shown', () => {
    expect(attribute('His birth certificate, which his mother showed me, records his birth at a hospital in Tucson.')).toEqual([]);
    expect(attribute('The video, which the family showed reporters, shows him backing up.')).toEqual([]);
  });

  it('keeps words that open on a verb: what the speaker said of the thing', () => {
    expect(attribute('The bill, which he said would cut taxes, passed.').map((f) => f[0])).toEqual(['he']);
  });
});
