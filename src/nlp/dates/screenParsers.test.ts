import * as chrono from 'chrono-node';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { innerScreen, reversedPattern, screenParsers } from './screenParsers.js';

const REFERENCE = new Date(Date.UTC(2025, 2, 4, 12));
const describeResults = (results: chrono.ParsedResult[]) => results.map((r) => [r.index, r.text, r.start.date().toISOString(), r.end?.date().toISOString() ?? null]);

// Invented texts from the words these parsers read: amounts, units, their last words, and near misses.
const piece = fc.constantFrom(
  '3 days', 'two weeks', 'a month', 'an hour', 'the', 'a', 's', 'was', '5', '12 hrs', 'and', ',', 'about', 'couple of', 'few',
  'ago', 'AGO', 'before', 'earlier', 'Earlier', 'agonizing', 'later', 'after', 'afterwards', 'out', 'outside', 'from now', 'forward', 'henceforth',
  'end of the', 'end of', 'last day of', 'month', 'MONTH', 'months', 'on Friday', 'March 3', 'x', '(',
  '5 March', 'march', 'Sept.', 'of', 'first', '21st', '3/2026', '12/', '/2026', '1/5',
);
const gap = fc.constantFrom(' ', '  ', '\n', '', ' , ', '-');
const text = fc.array(fc.tuple(piece, gap), { maxLength: 12 }).map((parts) => parts.map(([p, g]) => p + g).join(''));

function patternOf(name: string): RegExp {
  const parser = chrono.casual.parsers.find((p) => p.constructor.name === name);
  if (!parser) throw new Error(`chrono has no ${name}`);
  return parser.pattern({ option: { forwardDate: false } } as never) as RegExp;
}

describe('reversedPattern', () => {
  const ago = reversedPattern(patternOf('ENTimeUnitAgoFormatParser'), '(?:ago|before|earlier)');
  const later = reversedPattern(patternOf('ENTimeUnitLaterFormatParser'), '(?:later|after|from now|henceforth|forward|out)');
  const month = reversedPattern(patternOf('ENEndOfCurrentMonthParser'), 'month');

  it('is built for the chrono patterns it is meant for', () => {
    expect(ago).not.toBeNull();
    expect(later).not.toBeNull();
    expect(month).not.toBeNull();
  });

  it('matches a text exactly when the pattern it turns around does', () => {
    const pairs: [RegExp, RegExp][] = [
      [patternOf('ENTimeUnitAgoFormatParser'), ago!],
      [patternOf('ENTimeUnitLaterFormatParser'), later!],
      [patternOf('ENEndOfCurrentMonthParser'), month!],
    ];
    fc.assert(
      fc.property(text, (t) => {
        for (const [pattern, reversed] of pairs) expect(reversed.test(t)).toBe(pattern.test(t));
      }),
      { numRuns: 600 },
    );
  });

  it('reads the whole phrase, not just its last word', () => {
    expect(ago!.test('He left before noon.')).toBe(false);
    expect(ago!.test('He left two days before.')).toBe(true);
    expect(later!.test('Officers came out.')).toBe(false);
    expect(later!.test('Three weeks later, officers came.')).toBe(true);
    expect(month!.test('A month passed.')).toBe(false);
    expect(month!.test('Due by the end of the month.')).toBe(true);
  });

  it('gives no screen for a pattern of another shape', () => {
    expect(reversedPattern(/(\W|^)(?:ago|before)\s+now/i, '(?:ago|before)')).toBeNull();
  });
});

describe('innerScreen', () => {
  const months = '((?:september|february|november|december|january|october|august|march|april|sept\\.|june|july|jan\\.|feb\\.|mar\\.|apr\\.|jun\\.|jul\\.|aug\\.|sep\\.|sept|oct\\.|nov\\.|dec\\.|may|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec))';
  const littleEndian = patternOf('ENMonthNameLittleEndianParser');
  const slashMonth = patternOf('ENSlashMonthFormatParser');
  const dayMonth = innerScreen(littleEndian, months);
  const slash = innerScreen(slashMonth, '\\/');

  it('is built for the chrono patterns it is meant for', () => {
    expect(dayMonth).not.toBeNull();
    expect(slash).not.toBeNull();
  });

  it('matches every text the pattern matches', () => {
    fc.assert(
      fc.property(text, (t) => {
        if (littleEndian.test(t)) expect(dayMonth!.test(t)).toBe(true);
        if (slashMonth.test(t)) expect(slash!.test(t)).toBe(true);
      }),
      { numRuns: 600 },
    );
  });

  it('reads the pattern up to the group, not just the group', () => {
    expect(dayMonth!.test('In March the rent rose.')).toBe(false);
    expect(dayMonth!.test('On 5 March the rent rose.')).toBe(true);
    expect(slash!.test('The 24/7 line and/or the desk.')).toBe(false);
    expect(slash!.test('Since 3/2026 the rent rose.')).toBe(true);
  });

  it('gives no screen for a group inside another group, after a top-level alternative or quantified', () => {
    expect(innerScreen(/(\W|^)(?:x(may))?y/i, '(may)')).toBeNull();
    expect(innerScreen(/(\W|^)x|y(may)z/i, '(may)')).toBeNull();
    expect(innerScreen(/(\W|^)x(may)?z/i, '(may)')).toBeNull();
    expect(innerScreen(/(\W|^)[(|]x(may)z/i, '(may)')).not.toBeNull();
  });
});

describe('screenParsers', () => {
  const screened = screenParsers(chrono.casual.clone());

  it('wraps the five parsers in a clone and leaves chrono’s shared parser as it was', () => {
    const names = (parser: chrono.Chrono) => parser.parsers.map((p) => p.constructor.name);
    expect(names(screened)).not.toContain('ENMonthNameLittleEndianParser');
    expect(names(screened)).not.toContain('ENSlashMonthFormatParser');
    expect(names(screened)).not.toContain('ENTimeUnitAgoFormatParser');
    expect(names(screened)).not.toContain('ENTimeUnitLaterFormatParser');
    expect(names(screened)).not.toContain('ENEndOfCurrentMonthParser');
    expect(names(chrono.casual)).toContain('ENTimeUnitAgoFormatParser');
    expect(screened.parsers).toHaveLength(chrono.casual.parsers.length);
  });

  it('still finds what the screened parsers find when their phrases are there', () => {
    const found = screened.parse('Two weeks ago the rent rose; it is due at the end of the month, and again two weeks from now.', REFERENCE);
    expect(found.map((r) => r.text)).toEqual(['Two weeks ago', 'end of the month', 'two weeks from now']);
    const dated = screened.parse('On 5 March the rent rose, as it had since 3/2024.', REFERENCE);
    expect(dated.map((r) => r.text)).toEqual(chrono.casual.parse('On 5 March the rent rose, as it had since 3/2024.', REFERENCE).map((r) => r.text));
    expect(dated.length).toBeGreaterThan(0);
  });

  it('finds the same dates as chrono on any text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(describeResults(screened.parse(t, REFERENCE))).toEqual(describeResults(chrono.casual.parse(t, REFERENCE)));
      }),
      { numRuns: 400 },
    );
  });
});
