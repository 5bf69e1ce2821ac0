/**
 * `text` lower-cased with the long s read as s, character for character, or null when lower case
 * would lengthen it (a dotted capital I). Where it is not null, an ASCII string matches `text` at
 * index i under a /iu regex exactly when its lower case equals this string at i: /iu folds only the
 * long s (to s) and the Kelvin sign (to k) from outside ASCII onto ASCII, and lower-casing maps
 * nothing else from outside ASCII to ASCII but the dotted capital I (checked over every code point).
 */
export function foldAsciiCase(text: string): string | null {
  // The same text is often folded for several words in a row (each candidate name of a phrase).
  if (text !== lastText) {
    const lower = text.toLowerCase();
    lastText = text;
    lastFolded = lower.length !== text.length ? null : lower.includes('\u017f') ? lower.replace(LONG_S, 's') : lower;
  }
  return lastFolded;
}

const LONG_S = /\u017f/g;
let lastText = '';
let lastFolded: string | null = '';

/** Whether `s` is not empty and holds ASCII characters only. */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return s.length > 0;
}
