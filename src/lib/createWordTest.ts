import { foldAsciiCase, isAscii } from './foldAsciiCase.js';

/**
 * A test that answers as `/\bWORD\b/iu.test(text)` does (WORD escaped, so matched as written).
 *
 * Such a regex is made for a name of the document at hand (a surname), so it is new to V8 and is
 * compiled at its first test and again at its second (some 60 us each in Unicode case-insensitive
 * mode): a few per document were ~2% of the analysis of real news, where names do not repeat. An
 * ASCII word is found instead in the lower-cased text, whose characters line up one for one with
 * the text's (foldAsciiCase says why that finds what /iu finds), and each place checked for the two
 * word boundaries: /iu counts the long s and the Kelvin sign as word characters beside [A-Za-z0-9_].
 * Any other word, and a text whose lower case is longer than itself, go to the regex. Checked
 * against the regex by a property test.
 */
export function createWordTest(word: string): (text: string) => boolean {
  let regex: RegExp | null = null;
  const byRegex = (text: string): boolean => (regex ??= new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'iu')).test(text);
  if (!isAscii(word)) return byRegex;
  const lower = word.toLowerCase();
  const n = lower.length;
  return (text) => {
    const folded = foldAsciiCase(text);
    if (folded === null) return byRegex(text);
    for (let at = folded.indexOf(lower); at >= 0; at = folded.indexOf(lower, at + 1)) {
      if (isWordAt(text, at - 1) !== isWordAt(text, at) && isWordAt(text, at + n - 1) !== isWordAt(text, at + n)) return true;
    }
    return false;
  };
}

/** Whether text[i] is a word character of a /iu regex (outside the text: no). */
function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 0x17f || c === 0x212a;
}
