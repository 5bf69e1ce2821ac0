import { describe, expect, it } from 'vitest';
import { isPriorCharge } from './isPriorCharge.js';

/** Whether the words `reading` of `text` are a charge of the past. */
function prior(text: string, reading: string): boolean {
  const start = text.indexOf(reading);
  return isPriorCharge(text, start, start + reading.length);
}

describe('isPriorCharge', () => {
  it('reads an arrest of a past year as one of the past (stop 49)', () => {
    expect(prior('A 2019 arrest for driving under the influence was dismissed.', 'arrest for driving under the influence was dismissed')).toBe(true);
    expect(prior('His arrest on Monday was for assault.', 'arrest on Monday')).toBe(false);
  });

  it('reads a charge with its year after the noun as one of the past (stop 46)', () => {
    expect(prior('It was a misdemeanor harassment charge from 2019 that was later dismissed.', 'charge from 2019 that was later dismissed')).toBe(true);
    expect(prior('The assault charge was dismissed on Thursday.', 'was dismissed')).toBe(false);
  });

  it('reads a charge named with a year, "prior" or "unrelated" as one of the past or of another matter', () => {
    expect(prior('The 2022 domestic violence charge was dismissed.', 'charge was dismissed')).toBe(true);
    expect(prior('Records show a 2022 domestic violence charge against a man with the same name.', 'charge against')).toBe(true);
    expect(prior('He faces a prior drug charge.', 'faces a prior drug charge')).toBe(true);
  });

  it('leaves the charge of the case alone, even beside an earlier arrest', () => {
    expect(prior('Prosecutors dropped the assault charge against him on Wednesday.', 'dropped the assault charge')).toBe(false);
    expect(prior('He has an earlier arrest, and was charged with assault in this case.', 'charged with')).toBe(false);
    expect(prior('In 2022 he moved here. He was charged with assault on Friday.', 'charged with')).toBe(false);
  });
});

describe('isPriorCharge: what a past conviction was for (stop 62)', () => {
  it('reads the offence after "a prior conviction for", or before a year, as one of the past', () => {
    expect(prior('Minter added that he had a prior conviction for driving under the influence.', 'driving under the influence')).toBe(true);
    expect(prior('He was charged with driving under the influence after the stop.', 'driving under the influence')).toBe(false);
    expect(prior('She said he had been arrested for drunken driving in 2015 but had paid for it.', 'drunken driving')).toBe(true);
  });
});
