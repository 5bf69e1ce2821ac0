import { describe, expect, it } from 'vitest';
import { hoistBoundary } from './hoistBoundary.js';
import { screenRegex } from './screenRegex.js';

const SHOTS = String.raw`(?<!\b(?:pepper|rubber)[- ])(?<!\b(?:launchers?|projectile)\b[^.;!?]{0,60})\b(?:shots|rounds?)\b(?! of (?:pepper|gas))`;

function allMatches(source: string, text: string): string[] {
  return [...text.matchAll(new RegExp(source, 'giu'))].map((m) => `${m.index}:${m[0]}:${JSON.stringify(m.groups ?? {})}`);
}

describe('hoistBoundary', () => {
  it('moves the word boundary after leading lookbehinds to the front', () => {
    expect(hoistBoundary(SHOTS)).toBe(String.raw`\b(?<!\b(?:pepper|rubber)[- ])(?<!\b(?:launchers?|projectile)\b[^.;!?]{0,60})(?:shots|rounds?)\b(?! of (?:pepper|gas))`);
    expect(hoistBoundary(String.raw`(?<=[(\]]\))\bx`)).toBe(String.raw`\b(?<=[(\]]\))x`);
  });

  it('leaves a source alone unless lookbehinds open it and a word boundary follows them', () => {
    for (const source of [String.raw`\bshots\b`, String.raw`(?<!no )shots`, String.raw`(?:a)\bshots`, String.raw`(?<!x(\bshots`, String.raw`x(?<!a)\bshots`]) {
      expect(hoistBoundary(source)).toBe(source);
    }
  });

  it('matches what the source matched, where it matched, with the same groups', () => {
    const sources = [SHOTS, String.raw`(?<!\b(?:hit|struck) by )\b(?<value>two|three|\d{1,2})(?: shots)?`, String.raw`(?<!\bnot |n['’]t )\b(?:murdered|armed)\b|\bfled\b`];
    const texts = [
      'Agents fired two rounds; one of the shots hit him.',
      'Officers fired pepper-ball rounds and rubber shots, then a launcher sent more rounds at the crowd.',
      'He was struck by two shots. She was not murdered; he wasn’t armed, and was armed again later. He fled.',
      'Shots rang out. ROUNDS of gas followed; 3 shots.',
    ];
    for (const source of sources) {
      expect(hoistBoundary(source)).not.toBe(source);
      for (const text of texts) expect(allMatches(hoistBoundary(source), text)).toEqual(allMatches(source, text));
    }
    expect(allMatches(SHOTS, texts[0])).toHaveLength(2);
  });

  it('keeps the literal screen of the pattern', () => {
    expect(screenRegex(new RegExp(hoistBoundary(SHOTS), 'giu'))).toEqual(screenRegex(new RegExp(SHOTS, 'giu')));
  });
});
