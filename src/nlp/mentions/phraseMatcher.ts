/**
 * A character trie over fixed phrases ("Department of Homeland Security", "Calif.", "Rep."),
 * compiled once at load. Matching walks the text from a token start, so it costs a few character
 * steps per token whatever the vocabulary size. Any run of whitespace in the text matches one
 * space in a phrase, and a curly apostrophe matches a straight one, because news copy mixes both.
 */
export interface PhraseMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly values: readonly T[];
}

export interface PhraseMatcher<T> {
  /** The longest phrase starting at `start` that ends on a word boundary, or null. */
  longestAt(text: string, start: number): PhraseMatch<T> | null;
}

interface TrieNode<T> {
  readonly next: Map<number, TrieNode<T>>;
  values: T[] | null;
}

const SPACE_CODE = 32;
const APOSTROPHE_CODE = 39;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000;
}

/** Char codes compared in the trie: whitespace is one space, curly apostrophes are straight. */
function normalizeCode(c: number): number {
  if (c === 0x2019 || c === 0x02bc) return APOSTROPHE_CODE;
  return isSpaceCode(c) ? SPACE_CODE : c;
}

function isWordCode(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(text[i]);
}

export function compilePhrases<T>(entries: Iterable<readonly [string, T]>): PhraseMatcher<T> {
  const root: TrieNode<T> = { next: new Map(), values: null };
  for (const [phrase, value] of entries) {
    const key = phrase.trim().replace(/\s+/g, ' ');
    if (!key) continue;
    let node = root;
    for (let k = 0; k < key.length; k++) {
      const c = normalizeCode(key.charCodeAt(k));
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), values: null };
        node.next.set(c, child);
      }
      node = child;
    }
    if (!node.values) node.values = [];
    if (!node.values.includes(value)) node.values.push(value);
  }

  function longestAt(text: string, start: number): PhraseMatch<T> | null {
    let node = root.next.get(normalizeCode(text.charCodeAt(start)));
    if (!node || (isWordCode(text, start - 1) && isWordCode(text, start))) return null;
    let bestEnd = -1;
    let bestValues: T[] | null = null;
    let i = start + 1;
    for (;;) {
      const lastCode = text.charCodeAt(i - 1);
      if (node.values && !isSpaceCode(lastCode) && !(isWordCode(text, i - 1) && isWordCode(text, i))) {
        bestEnd = i;
        bestValues = node.values;
      }
      if (i >= text.length) break;
      const c = normalizeCode(text.charCodeAt(i));
      const next: TrieNode<T> | undefined = node.next.get(c);
      if (!next) break;
      node = next;
      i++;
      if (c === SPACE_CODE) while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
    }
    return bestValues ? { start, end: bestEnd, values: bestValues } : null;
  }

  return Object.freeze({ longestAt });
}
