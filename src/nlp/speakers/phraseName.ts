import type { Word } from './words.js';

/**
 * A description as a speaker name, in the text's own words: "Immigrant-rights advocates" →
 * "immigrant-rights advocates"; "Dayton and Ohio elected officials" keeps its proper nouns.
 */
export function phraseName(text: string, words: readonly Word[]): string {
  if (!words.length) return '';
  const raw = text.slice(words[0].start, words[words.length - 1].end).replace(/\s+/g, ' ');
  const restLower = words.slice(1).every((w) => !w.capitalized);
  return restLower ? raw.charAt(0).toLowerCase() + raw.slice(1) : raw;
}

/** "Dayton", "Southern District of Ohio": the words as written, joined. */
export function wordsText(text: string, words: readonly Word[]): string {
  return words.length ? text.slice(words[0].start, words[words.length - 1].end) : '';
}

/** "The El Paso County …" at a sentence's start: the function words before a place's name, which are none of it. */
export const LEADING_FUNCTION_WORD = /^(?:(?:The|A|An|In|At|On|Of|For|By|From|To|And|But) )+/u;
