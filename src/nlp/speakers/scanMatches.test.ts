import { describe, expect, it } from 'vitest';
import { scanMatches } from './scanMatches.js';

const CAPITALS = /(?<![\p{L}\p{N}'.-])\p{Lu}{3,6}(?![\p{L}\p{N}-])/gu;
const CAPITALS_START = /(?:[A-Z]|[\u0080-\uffff]){3}/g;

const pairsOf = (ms: RegExpExecArray[] | IterableIterator<RegExpMatchArray>) => [...ms].map((m) => [m.index, m[0]]);

describe('scanMatches', () => {
  it('finds what matchAll finds, where the candidate pattern allows a start', () => {
    const texts = [
      'The FAA and the NTSB said the XYZW report, due to the EPA, was late.',
      'ÉCOLE NORMALE staff met ÖBB officials; abcDEF and DEFabc are no acronyms.',
      'A mathematical capital run \u{1D400}\u{1D401}\u{1D402} sits here, then QRS.',
      'nothing in capitals here at all',
    ];
    for (const text of texts) expect(pairsOf(scanMatches(CAPITALS, text, CAPITALS_START))).toEqual(pairsOf(text.matchAll(CAPITALS)));
  });

  it('keeps the matches apart and in order, as a global scan does', () => {
    const text = 'ABCDEFGHIJ KLM';
    const found = scanMatches(/\p{Lu}{3}/gu, text, /[A-Z]/g);
    expect(found.map((m) => m[0])).toEqual(['ABC', 'DEF', 'GHI', 'KLM']);
  });

  it('never starts inside a surrogate pair', () => {
    const text = 'x\u{1D400}\u{1D401}';
    expect(pairsOf(scanMatches(/\p{Lu}{2}/gu, text, /[\u0080-\uffff]/g))).toEqual(pairsOf(text.matchAll(/\p{Lu}{2}/gu)));
  });

  it('refuses a pattern that matches the empty string', () => {
    expect(() => scanMatches(/x*/gu, 'abc', /a/g)).toThrow(/empty/);
  });
});
