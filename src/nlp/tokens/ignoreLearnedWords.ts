import { createRequire } from 'node:module';

/** The part of a wink-nlp instance's lexicon cache this module touches (wink-nlp 2.x internals). */
interface WinkCache {
  lookup(text: string): number[] | null;
  add(text: string, category: number): number;
  intrinsicSize(): number;
  currentSize(): number;
}

interface WinkDoc {
  tokens(): { out(reader: unknown): unknown };
}

interface WinkInstance {
  readDoc(text: string): WinkDoc;
}

const require = createRequire(import.meta.url);

/** Tokenizer answers and added words kept per instance (each table forgotten whole when full): a few megabytes at most. */
const KEPT_ANSWERS = 100_000;

/**
 * Makes a wink-nlp instance tokenize every text the same way whatever it read before.
 *
 * wink-nlp adds every unknown word it meets to its lexicon cache, and its tokenizer splits a word
 * only when the whole word is not a known lexeme. So once "Ortiz's," has been read (kept whole
 * before the comma), a later "Ortiz's" stays one token instead of "Ortiz" + "'s", and the
 * same document analysed twice in one process could get different tokens, names and attributions
 * depending on what was ingested before it. After this call the tokenizer knows only the model's
 * own (intrinsic) lexicon: a word is split or kept by its form and that lexicon alone, never by an
 * earlier text or an earlier sentence of the same text (a fresh instance still learns within its
 * first document); the words learned still give their features to wink's part-of-speech tagger.
 * Returns a count of the words the instance has learned so far (they are never forgotten).
 */
export function ignoreLearnedWords(nlp: WinkInstance): () => number {
  const cache = readCache(nlp);
  const intrinsic = cache.intrinsicSize();
  const { lookup, add } = cache;
  // Adding a word looks up its lower case form to pick its features: that lookup must see the
  // learned words, or the word's features would change; only the tokenizer's questions are narrowed.
  let adding = false;
  // wink makes an entry only for a word it has not met: adding one again (the tokenizer adds every
  // word its narrowed lookup calls unknown, each time it reads it) only reads the entry back, by
  // two more reads of the same large object. The entry of a word added once is kept per text.
  const added = new Map<string, number>();
  cache.add = (text, category) => {
    const known = added.get(text);
    if (known !== undefined) return known;
    adding = true;
    try {
      const index = add(text, category);
      if (added.size >= KEPT_ANSWERS) added.clear();
      added.set(text, index);
      return index;
    } finally {
      adding = false;
    }
  };
  // The tokenizer's answer for a text is the model's own lexicon's (a learned word reads as unknown),
  // which never changes: it is kept per text. wink looked each token up in an object of some
  // hundred thousand keys, and that one property read was a fifth of its tokenizer's time (a fresh
  // string as key is first looked up among every interned string); a Map reads it once hashed.
  // wink only reads the arrays it is given back.
  const answers = new Map<string, number[] | null>();
  cache.lookup = (text) => {
    if (adding) return lookup(text);
    let answer = answers.get(text);
    if (answer === undefined) {
      const found = lookup(text);
      answer = found !== null && found.length === 1 && found[0] >= intrinsic ? null : found;
      if (answers.size >= KEPT_ANSWERS) answers.clear();
      answers.set(text, answer);
    }
    return answer;
  };
  return () => cache.currentSize() - intrinsic;
}

/** wink-nlp hands its cache only to its own token readers: register one for a moment to reach it. */
function readCache(nlp: WinkInstance): WinkCache {
  const allowed = require('wink-nlp/src/allowed.js') as { its4tokens: Set<unknown> };
  let cache: WinkCache | null = null;
  const reader = (_index: number, rdd: { cache: WinkCache }) => {
    cache = rdd.cache;
    return null;
  };
  allowed.its4tokens.add(reader);
  try {
    nlp.readDoc('a').tokens().out(reader);
  } finally {
    allowed.its4tokens.delete(reader);
  }
  if (!cache) throw new Error('wink-nlp: could not reach the lexicon cache (has its internal layout changed?)');
  return cache;
}
