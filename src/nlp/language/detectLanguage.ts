import { z } from 'zod';
import { readVocab } from '../mentions/readVocab.js';
import { forEachWord } from './forEachWord.js';

/** The language a text is written in, as far as its function words tell. */
export interface DetectedLanguage {
  /** ISO 639-1 code from vocab/languages.json ("en", "es"), or null when the words do not tell. */
  readonly code: string | null;
  readonly name: string | null;
  /** Whether Parallax reads this language (vocab/languages.json `analysed`); true when unknown. */
  readonly analysed: boolean;
}

const schema = z.object({
  analysed: z.array(z.string().min(2)).min(1),
  languages: z.record(z.string().min(2), z.object({ name: z.string().min(1), words: z.array(z.string().min(1)).min(10) })),
});

interface Table {
  readonly analysed: ReadonlySet<string>;
  readonly names: ReadonlyMap<string, string>;
  /** word → the languages it is a function word of. */
  readonly words: ReadonlyMap<string, readonly string[]>;
  /** The same for the words of ASCII letters up to SHORT_CODE_LETTERS long, by shortCode. */
  readonly shortWords: ReadonlyMap<number, readonly string[]>;
  /** The length of the longest of those words. */
  readonly longest: number;
}

// A word of up to six ASCII letters as a small integer, case folded: five bits a letter (a = 1 …
// z = 26), so two words have one code exactly when their lower cases are equal. Most words of a
// text are such words: looked up by their code they need no string sliced and lower-cased each.
const SHORT_CODE_LETTERS = 6;

/** The code of text[start, end) when it is SHORT_CODE_LETTERS ASCII letters or fewer, else -1. */
function shortCode(text: string, start: number, end: number): number {
  if (end - start > SHORT_CODE_LETTERS) return -1;
  let code = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return -1;
    code = code * 32 + (c - 96);
  }
  return code;
}

let cached: Table | null = null;

function loadTable(): Table {
  if (cached) return cached;
  const file = readVocab('languages.json', schema);
  const words = new Map<string, string[]>();
  for (const [code, lang] of Object.entries(file.languages)) for (const w of lang.words) words.set(w, [...(words.get(w) ?? []), code]);
  const shortWords = new Map<number, string[]>();
  for (const [w, codes] of words) {
    // A word with a capital is never found (a text's words are lower-cased before they are looked up).
    const code = w === w.toLowerCase() ? shortCode(w, 0, w.length) : -1;
    if (code >= 0) shortWords.set(code, codes);
  }
  cached = {
    analysed: new Set(file.analysed),
    names: new Map(Object.entries(file.languages).map(([code, l]) => [code, l.name])),
    words,
    shortWords,
    longest: Math.max(...[...words.keys()].map((w) => w.length)),
  };
  return cached;
}

// Enough function words to tell a language; a headline or a caption alone may not have them.
const MIN_HITS = 12;
// Words read: the opening of a document tells its language as well as the whole.
const MAX_WORDS = 600;
const UNKNOWN: DetectedLanguage = Object.freeze({ code: null, name: null, analysed: true });

/**
 * The language of a text by its most frequent function words (vocab/languages.json): the language
 * whose words are most of the hits, when there are enough hits and it leads the next by half again;
 * otherwise unknown (null), which is read as analysed: a short or mixed text is never refused.
 */
export function detectLanguage(text: string): DetectedLanguage {
  const table = loadTable();
  const hits = new Map<string, number>();
  let total = 0;
  forEachWord(text, MAX_WORDS, (start, end) => {
    // Lower-casing never shortens a text (checked over every code point): a longer word is no function word.
    if (end - start > table.longest) return;
    // A short word of ASCII letters lower-cases to ASCII letters of its own length: a function
    // word only if one of the same code is.
    const short = shortCode(text, start, end);
    const codes = short >= 0 ? table.shortWords.get(short) : table.words.get(text.slice(start, end).toLowerCase());
    if (!codes) return;
    total++;
    for (const code of codes) hits.set(code, (hits.get(code) ?? 0) + 1);
  });
  const ranked = [...hits].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const [first, second] = ranked;
  if (!first || total < MIN_HITS || (second && first[1] < second[1] * 1.5)) return UNKNOWN;
  // A text with a fair share of a read language's words is read: refusing an English text would
  // lose it, reading a foreign one only finds nothing.
  if (!table.analysed.has(first[0]) && [...table.analysed].some((code) => (hits.get(code) ?? 0) >= total * 0.3)) return UNKNOWN;
  return Object.freeze({ code: first[0], name: table.names.get(first[0]) ?? null, analysed: table.analysed.has(first[0]) });
}
