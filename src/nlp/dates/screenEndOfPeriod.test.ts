import * as chrono from 'chrono-node';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayFollowEndOf, screenEndOfPeriod } from './screenEndOfPeriod.js';

// chrono's own statement of the prefixes its end-of-period refiner acts on.
const PREFIX = /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i;
const REFERENCE = new Date(Date.UTC(2025, 2, 4, 12));
const describeResults = (results: chrono.ParsedResult[]) => results.map((r) => [r.index, r.text, r.start.date().toISOString(), r.end?.date().toISOString() ?? null]);

// Texts built from the words and spaces the pattern and chrono's dates are made of.
const piece = fc.constantFrom('end', 'End', 'END', 'last', 'day', 'of', 'Of', 'the', 'THE', 'fend', 'theme', 'off', 'month', 'March', 'June 2020', 'next week', 'this year', 'Friday', '(', ',', '.', 'x');
const gap = fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', '', ' \n ');
const text = fc.array(fc.tuple(piece, gap), { maxLength: 12 }).map((parts) => parts.map(([p, g]) => p + g).join(''));

describe('mayFollowEndOf', () => {
  it('is true wherever chrono’s prefix pattern matches', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (let i = 0; i <= t.length; i++) if (PREFIX.test(t.slice(0, i))) expect(mayFollowEndOf(t, i)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('rules out a prefix that does not end with "of" or "the" and whitespace', () => {
    expect(mayFollowEndOf('We met on Friday', 10)).toBe(false);
    expect(mayFollowEndOf('the end of March', 11)).toBe(true);
    expect(mayFollowEndOf('the end ofMarch', 10)).toBe(false);
    expect(mayFollowEndOf('by the END OF THE month', 18)).toBe(true);
    expect(mayFollowEndOf('March', 0)).toBe(false);
  });
});

describe('screenEndOfPeriod', () => {
  const screened = screenEndOfPeriod(chrono.casual.clone());

  it('replaces the refiner of a clone and leaves chrono’s shared parser as it was', () => {
    expect(screened.refiners.some((r) => r.constructor.name === 'ENEndOfPeriodRefiner')).toBe(false);
    expect(chrono.casual.refiners.some((r) => r.constructor.name === 'ENEndOfPeriodRefiner')).toBe(true);
  });

  it('moves dates to the end of their period as chrono does', () => {
    const found = screened.parse('Rent is due by the end of the month, and the lease ends on the last day of June 2026.', REFERENCE);
    expect(describeResults(found)).toEqual(describeResults(chrono.casual.parse('Rent is due by the end of the month, and the lease ends on the last day of June 2026.', REFERENCE)));
    expect(found.map((r) => r.text)).toEqual(['end of the month', 'last day of June 2026']);
  });

  it('finds the same dates as chrono on any text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(describeResults(screened.parse(t, REFERENCE))).toEqual(describeResults(chrono.casual.parse(t, REFERENCE)));
      }),
      { numRuns: 300 },
    );
  });
});
