import { foldAsciiCase, isAscii } from '../../lib/foldAsciiCase.js';

/** Where a name stands in a text, and as it is written there. */
export interface NameHit {
  readonly index: number;
  readonly text: string;
}

// A name does not start or end next to one of these (the lookarounds of the regex below).
const NAME_CHAR = /[\p{L}'’-]/iu;
const SPACE = /\s/u;

/**
 * Every place of a text where `name` stands as a whole name, as
 * `text.matchAll(/(?<![\p{L}'’-])NAME(?![\p{L}'’-])/giu)` finds them, NAME escaped and each of its
 * spaces read as \s+.
 *
 * That regex is made for a name of the document at hand (a filing's defendant), new to V8, and its
 * Unicode letter classes made its first two tests cost some 1.7 ms to compile. A name of ASCII
 * words is found instead in the lower-cased text (foldAsciiCase), word by word over runs of
 * whitespace, and checked at both ends with the same character class; any other name, and a text
 * whose lower case is longer than itself, go to the regex. Checked against the regex by a property test.
 */
export function createNameFinder(name: string): (text: string) => NameHit[] {
  let regex: RegExp | null = null;
  const byRegex = (text: string): NameHit[] => {
    regex ??= new RegExp(`(?<![\\p{L}'’-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}(?![\\p{L}'’-])`, 'giu');
    return [...text.matchAll(regex)].map((m) => ({ index: m.index, text: m[0] }));
  };
  const words = name.split(' ').map((w) => w.toLowerCase());
  // Each word must begin with what no \s+ can take, so the run of spaces before it has one length.
  if (!isAscii(name) || words.some((w) => w === '' || [...w].some((c) => SPACE.test(c)))) return byRegex;
  return (text) => {
    const folded = foldAsciiCase(text);
    if (folded === null) return byRegex(text);
    const hits: NameHit[] = [];
    for (let at = folded.indexOf(words[0]); at >= 0; ) {
      const end = matchFrom(text, folded, words, at);
      if (end < 0) {
        at = folded.indexOf(words[0], at + 1);
        continue;
      }
      hits.push({ index: at, text: text.slice(at, end) });
      at = folded.indexOf(words[0], end);
    }
    return hits;
  };
}

/** Where the name whose first word stands at `at` ends, or -1 when it does not stand there whole. */
function matchFrom(text: string, folded: string, words: readonly string[], at: number): number {
  if (at > 0 && NAME_CHAR.test(String.fromCodePoint(codePointBefore(text, at)))) return -1;
  let end = at + words[0].length;
  for (let k = 1; k < words.length; k++) {
    let next = end;
    while (next < text.length && SPACE.test(text[next])) next++;
    if (next === end || !folded.startsWith(words[k], next)) return -1;
    end = next + words[k].length;
  }
  return end < text.length && NAME_CHAR.test(String.fromCodePoint(text.codePointAt(end)!)) ? -1 : end;
}

/** The code point that ends at `at` (a surrogate pair read whole, as a /u lookbehind reads it). */
function codePointBefore(text: string, at: number): number {
  const low = text.charCodeAt(at - 1);
  if (at >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}
