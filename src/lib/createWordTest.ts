/**
 * A test that answers as `/\bWORD\b/iu.test(text)` does (WORD escaped, so matched as written).
 *
 * Such a regex is made for a name of the document at hand (a surname), so it is new to V8 and is
 * compiled at its first test and again at its second (some 60 us each in Unicode case-insensitive
 * mode): a few per document were ~2% of the analysis of real news, where names do not repeat. An
 * ASCII word is found instead in the lower-cased text, whose characters line up one for one with
 * the text's, and each place checked for the two word boundaries; any other word, and a text whose
 * lower case is longer than itself, go to the regex.
 *
 * Why that is the same answer: under /iu a character matches an ASCII one when their simple case
 * foldings agree, and the only characters outside ASCII that fold to ASCII are the long s (to s)
 * and the Kelvin sign (to k), which are also the only ones /iu counts as word characters beside
 * [A-Za-z0-9_]. Lower-casing maps no character outside ASCII to ASCII except the Kelvin sign (to k)
 * and the dotted capital I (to "i" and a combining dot: the one that lengthens a text). Checked over
 * every code point, and by a property test against the regex.
 */
export function createWordTest(word: string): (text: string) => boolean {
  let regex: RegExp | null = null;
  const byRegex = (text: string): boolean => (regex ??= new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'iu')).test(text);
  if (!isAsciiWord(word)) return byRegex;
  const lower = word.toLowerCase();
  const n = lower.length;
  return (text) => {
    const folded = foldText(text);
    if (folded === null) return byRegex(text);
    for (let at = folded.indexOf(lower); at >= 0; at = folded.indexOf(lower, at + 1)) {
      if (isWordAt(text, at - 1) !== isWordAt(text, at) && isWordAt(text, at + n - 1) !== isWordAt(text, at + n)) return true;
    }
    return false;
  };
}

function isAsciiWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return false;
  return word.length > 0;
}

const LONG_S = /\u017f/g;

// The same text is often tested for several words in a row (each candidate name of a phrase).
let lastText = '';
let lastFolded: string | null = '';

/** The text lower-cased, long s as s, character for character; null when lower case would lengthen it. */
function foldText(text: string): string | null {
  if (text !== lastText) {
    const lower = text.toLowerCase();
    lastText = text;
    lastFolded = lower.length !== text.length ? null : lower.includes('\u017f') ? lower.replace(LONG_S, 's') : lower;
  }
  return lastFolded;
}

/** Whether text[i] is a word character of a /iu regex (outside the text: no). */
function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 0x17f || c === 0x212a;
}
