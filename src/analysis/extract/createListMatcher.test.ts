import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAll, matchesAny } from './compileRegexList.js';
import { createListMatcher } from './createListMatcher.js';
import { loadForceVocab } from './forceVocab.js';
import { screenRegex } from './screenRegex.js';

const vocab = loadForceVocab();
const LISTS: readonly (readonly RegExp[])[] = [
  vocab.strong,
  vocab.weak,
  vocab.scopeActors,
  vocab.passingMarkers,
  vocab.seriesMarkers,
  vocab.splitMarkers,
  [vocab.singularActor],
  // A list with no screen (every sentence runs its regex) and an empty one.
  [/\d+ (?:times|rounds)/u],
  [],
];
const LITERALS = [...new Set(LISTS.flat().flatMap((re) => screenRegex(re).required.flat()))];
const text = fc
  .array(fc.oneof(fc.constantFrom(...LITERALS), fc.constantFrom(' ', 'the ', 'an ', 'ICE', 'Agent', 'fired', 'shot', '3 times', ', ', 'X')), { maxLength: 14 })
  .map((parts) => parts.join(''));

describe('createListMatcher', () => {
  it('answers for each list as matchesAny does', () => {
    const matcher = createListMatcher(LISTS);
    fc.assert(
      fc.property(text, (t) => {
        matcher.load(t);
        expect(LISTS.map((_, k) => matcher.matches(k))).toEqual(LISTS.map((list) => matchesAny(list, t)));
        expect(LISTS.map((_, k) => matcher.first(k))).toEqual(LISTS.map((list) => findAll(list, t)[0] ?? null));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the first match as findAll orders them: earliest, then longest, then first listed', () => {
    const matcher = createListMatcher([[/\bfired\b/giu, /\bfired (?:two )?rounds\b/giu, /\brounds\b/giu], [/\bshot\b/giu, /\bSHOT\b/gu]]);
    matcher.load('He fired two rounds; one SHOT hit.');
    expect(matcher.first(0)).toEqual({ start: 3, end: 19, text: 'fired two rounds' });
    expect(matcher.first(1)).toEqual({ start: 25, end: 29, text: 'SHOT' });
    matcher.load('No one was hurt.');
    expect([matcher.first(0), matcher.first(1)]).toEqual([null, null]);
  });

  it('answers about the text loaded last, asked in any order', () => {
    const matcher = createListMatcher([[/\bshot\b/giu], [/\bICE\b/gu], [/\bfired\b/giu]]);
    matcher.load('Agents fired; ICE said no one was shot.');
    expect([2, 0, 1].map((k) => matcher.matches(k))).toEqual([true, true, true]);
    matcher.load('The ice was thin.');
    expect([matcher.matches(1), matcher.matches(0), matcher.matches(2)]).toEqual([false, false, false]);
  });
});
