import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileScreenSet, screenSetOf } from './compileScreenSet.js';
import { loadFacets } from './facetVocab.js';
import { foldForScreen, passesScreen, type RegexScreen } from './screenRegex.js';

const SCREENS: readonly RegexScreen[] = loadFacets().flatMap((f) => f.stances.flatMap((s) => s.patterns.map((p) => p.screen)));
// Literals that overlap and nest, so the automaton's failure links are exercised.
const HANDMADE: readonly RegexScreen[] = [
  { caseSensitive: false, required: [['she'], ['hers', 'his']] },
  { caseSensitive: false, required: [['he', 'ushe']] },
  { caseSensitive: true, required: [['ICE'], ['Agent', 'agent']] },
  { caseSensitive: true, required: [['aaab', 'aab']] },
  { caseSensitive: false, required: [] },
];
const LITERALS = [...new Set([...SCREENS, ...HANDMADE].flatMap((s) => s.required.flat()))];
const text = fc
  .array(fc.oneof(fc.constantFrom(...LITERALS).map((l) => (l.length > 3 ? l.slice(1) : l)), fc.constantFrom(...LITERALS), fc.constantFrom(' ', 'A', 'ICE', 'a', 'S', 'ſ', 'K')), { maxLength: 12 })
  .map((parts) => parts.join(''));

function oneByOne(screens: readonly RegexScreen[], t: string): number[] {
  const folded = foldForScreen(t);
  return screens.map((s) => (passesScreen(s, t, folded) ? 1 : 0));
}

describe('compileScreenSet', () => {
  it('answers like checking each screen on its own, for a large set (the facet vocabulary)', () => {
    const set = compileScreenSet(SCREENS);
    fc.assert(fc.property(text, (t) => {
      expect([...set.pass(t)]).toEqual(oneByOne(SCREENS, t));
    }), { numRuns: 500 });
  });

  it('answers like checking each screen on its own, for overlapping and case-sensitive literals', () => {
    const large = compileScreenSet([...HANDMADE, ...SCREENS]);
    const small = compileScreenSet(HANDMADE);
    fc.assert(
      fc.property(text, (t) => {
        expect([...large.pass(t)]).toEqual(oneByOne([...HANDMADE, ...SCREENS], t));
        expect([...small.pass(t)]).toEqual(oneByOne(HANDMADE, t));
      }),
      { numRuns: 500 },
    );
    expect([...small.pass('USHERS to the ICE agent')]).toEqual([1, 1, 1, 0, 1]);
  });

  it('builds one screen set per regex list and reuses it', () => {
    const list = Object.freeze([/\bshot\b/giu, /\bfired\b/giu]);
    expect(screenSetOf(list)).toBe(screenSetOf(list));
    expect([...screenSetOf(list).pass('Agents FIRED twice')]).toEqual([0, 1]);
  });
});
