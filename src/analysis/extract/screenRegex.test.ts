import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadChargeVocab } from './chargeVocab.js';
import { loadFacets } from './facetVocab.js';
import { loadForceVocab } from './forceVocab.js';
import { foldForScreen, passesScreen, screenRegex } from './screenRegex.js';

function vocabularyRegexes(): RegExp[] {
  const force = loadForceVocab();
  const charges = loadChargeVocab();
  return [
    ...loadFacets().flatMap((f) => f.stances.flatMap((s) => s.patterns.map((p) => p.regex))),
    ...force.strong, ...force.weak, ...force.attackers, ...force.officerForce, ...force.involvement, ...force.scopeActors, ...force.passingMarkers,
    ...force.forceTypes.flatMap((t) => t.all), ...force.outcomes.killed, ...force.outcomes.injured, ...force.outcomes.uninjured,
    ...charges.cues, ...charges.charges.flatMap((c) => c.patterns),
  ];
}

function matches(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

function mayMatch(re: RegExp, text: string): boolean {
  return passesScreen(screenRegex(re), text, foldForScreen(text));
}

function sampleSentences(): string[] {
  const root = path.resolve(import.meta.dirname, '../../../samples/documents');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.push(p);
    }
  };
  walk(root);
  return files.flatMap((f) => readFileSync(f, 'utf8').split(/(?<=[.!?])\s+|\n+/u)).filter((s) => s.trim());
}

// Texts a vocabulary pattern may match: the words of one pattern, in its order, some left out,
// glued or spaced, in any case, with characters that fold specially sprinkled in.
const WORD_RUNS = vocabularyRegexes().map((re) => re.source.match(/[A-Za-z]+/gu) ?? ['x']);
const recase = (w: string) => fc.constantFrom(w, w.toUpperCase(), w[0].toUpperCase() + w.slice(1));
const run = fc.constantFrom(...WORD_RUNS).chain((words) =>
  fc.tuple(...words.map((w) => fc.tuple(fc.boolean(), recase(w), fc.constantFrom('', ' ', ' ', ' ', ', ', '’s ', '\u017f', '\u212a'))))
    .map((parts) => parts.filter(([keep]) => keep).map(([, w, sep]) => w + sep).join('')),
);
const text = fc.array(run, { minLength: 1, maxLength: 3 }).map((runs) => runs.join(' '));

describe('screenRegex', () => {
  it('never rules out a text a vocabulary pattern matches (every sentence of the samples)', () => {
    const regexes = vocabularyRegexes();
    let matched = 0;
    for (const sentence of sampleSentences()) {
      for (const re of regexes) {
        if (!matches(re, sentence)) continue;
        matched++;
        expect(mayMatch(re, sentence), `${re} on "${sentence}"`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(50);
  });

  it('never rules out a text a vocabulary pattern matches (random texts made of the patterns’ words)', () => {
    const regexes = vocabularyRegexes();
    let matched = 0;
    fc.assert(
      fc.property(text, (t) => {
        for (const re of regexes) {
          if (!matches(re, t)) continue;
          matched++;
          if (!mayMatch(re, t)) return false;
        }
        return true;
      }),
      { numRuns: 1500 },
    );
    expect(matched).toBeGreaterThan(100);
  });

  it('rules out most vocabulary patterns on a sentence that has none of their words', () => {
    const regexes = vocabularyRegexes();
    const sentence = 'The council met on Tuesday to discuss the budget for parks and libraries.';
    const possible = regexes.filter((re) => mayMatch(re, sentence));
    expect(possible.length).toBeLessThan(regexes.length / 10);
  });

  // A pattern with no literal at all (only classes) is still run on every sentence, just unscreened:
  // a few are fine, but if many lose their screen extraction gets several times slower.
  it('reads nearly every vocabulary pattern (each gets a required literal)', () => {
    const regexes = vocabularyRegexes();
    const unread = regexes.filter((re) => screenRegex(re).required.length === 0);
    expect(unread.length, unread.map((re) => re.source).join('\n')).toBeLessThanOrEqual(regexes.length / 20);
  });

  it('folds case the way /iu does, including the long s and the Kelvin sign', () => {
    for (const [re, t] of [
      [/\bsky\b/iu, 'the \u017fKY'],
      [/\bknock/iu, '\u212aNOCK'],
      [/STOP/u, 'STOP'],
      [/shot (?:in|to) the (?:back|head)/iu, 'was SHOT IN THE HEAD'],
    ] as const) {
      expect(matches(re, t)).toBe(true);
      expect(mayMatch(re, t)).toBe(true);
    }
    expect(mayMatch(/STOP/u, 'stop')).toBe(false);
  });

  it('keeps texts matched by syntax the vocabularies rarely use (lookarounds, classes, backreferences, anchors, astral characters)', () => {
    for (const [re, t] of [
      [/a(?=b)bc|\u{1F600}x/u, '\u{1F600}x'],
      [/x[\s\S]y/u, 'x\ny'],
      [/(?<w>ab)\k<w>/u, 'abab'],
      [/\p{Lu}\p{Ll}+ said/u, 'Ann said'],
      [/colou?r(?<!z)s{2,}/iu, 'COLORSS'],
      [/^(?:yes|no)$/u, 'no'],
      [/[\u2019']s (?:car|truck)\b/iu, 'Ana’s CAR'],
    ] as const) {
      expect(matches(re, t)).toBe(true);
      expect(mayMatch(re, t)).toBe(true);
    }
  });

  it('does not screen a pattern written without the u flag (its escapes read differently)', () => {
    expect(screenRegex(/plain without the u flag/i).required).toEqual([]);
    expect(mayMatch(/plain without the u flag/i, 'nothing alike')).toBe(true);
  });
});
