import type { Span } from '../../lib/spans.js';

// "By Lucia Hernández", "By ANA RUIZ and TOM HALE", on a line of its own: at most six words, no
// comma or final stop ("By Tuesday, agents had left." is a sentence).
const BYLINE = /^[ \t]*(?:By|BY)[ \t]+(\p{Lu}[\p{L}.'’-]*(?:[ \t]+(?:and|AND|&|\p{Lu}[\p{L}.'’-]*)){0,5})[ \t]*$/u;

/**
 * The byline a text file's body opens with, on its own line, when the header gave no author (a
 * page copied as text: "By Lucia Hernández" under the headline). The body keeps the line; this
 * only names the author. Null when the body's first line is no byline.
 */
export function readBodyByline(text: string, bodyStart: number): Span | null {
  const end = text.indexOf('\n', bodyStart);
  const line = text.slice(bodyStart, end < 0 ? text.length : end);
  const m = BYLINE.exec(line);
  if (!m || /[.]$/u.test(m[1])) return null;
  const start = bodyStart + line.indexOf(m[1]);
  return Object.freeze({ start, end: start + m[1].length, text: m[1] });
}
