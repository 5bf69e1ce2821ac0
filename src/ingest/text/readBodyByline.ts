import type { Span } from '../../lib/spans.js';

// "By Lucia Hernández", "By ANA RUIZ and TOM HALE", on a line of its own: at most six words, no
// comma or final stop ("By Tuesday, agents had left." is a sentence).
const BYLINE = /^[ \t]*(?:By|BY)[ \t]+(\p{Lu}[\p{L}.'’-]*(?:[ \t]+(?:and|AND|&|\p{Lu}[\p{L}.'’-]*)){0,5})[ \t]*$/u;

// How many of the body's first non-empty lines may hold the byline: the headline, perhaps a deck, then "By …".
const BYLINE_LINES = 3;

/**
 * The byline a text file's body opens with, on its own line, when the header gave no author (a
 * page copied as text: "By Lucia Hernández" first, or in a paragraph of its own under the headline).
 * The body keeps the line; this only names the author. Null when none of the body's first three
 * non-empty lines is a byline.
 */
export function readBodyByline(text: string, bodyStart: number): Span | null {
  let at = bodyStart;
  // The byline opens the body or a paragraph of its own: "Agents left.⏎By Lucia Hernández" is none.
  let opensParagraph = true;
  for (let seen = 0; seen < BYLINE_LINES && at < text.length; ) {
    const next = text.indexOf('\n', at);
    const end = next < 0 ? text.length : next;
    const line = text.slice(at, end);
    const blank = line.trim() === '';
    if (!blank) {
      seen++;
      const m = opensParagraph ? BYLINE.exec(line) : null;
      if (m && !/[.]$/u.test(m[1])) {
        const start = at + line.indexOf(m[1]);
        return Object.freeze({ start, end: start + m[1].length, text: m[1] });
      }
    }
    opensParagraph = blank;
    at = end + 1;
  }
  return null;
}
