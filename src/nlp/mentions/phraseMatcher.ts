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

interface FlatTrie<T> {
  /** Node n's edges are edgeCodes/edgeTargets[edgeStart[n] .. edgeStart[n + 1]), sorted by code; node 0 is the root. */
  readonly edgeStart: Int32Array;
  readonly edgeCodes: Int32Array;
  readonly edgeTargets: Int32Array;
  readonly values: readonly (T[] | null)[];
  /** The root's child per ASCII code, or -1: most lookups start and end there. */
  readonly rootAscii: Int32Array;
}

/**
 * The trie as flat arrays: a walk reads integers instead of asking a Map per character, which was
 * most of the matching time (every token start of every document is tried against several tries).
 */
function flattenTrie<T>(root: TrieNode<T>): FlatTrie<T> {
  const nodes: TrieNode<T>[] = [root];
  for (let k = 0; k < nodes.length; k++) for (const child of nodes[k].next.values()) nodes.push(child);
  const ids = new Map(nodes.map((n, k) => [n, k]));
  const edgeStart = new Int32Array(nodes.length + 1);
  const codes: number[] = [];
  const targets: number[] = [];
  nodes.forEach((n, k) => {
    edgeStart[k] = codes.length;
    for (const [code, child] of [...n.next].sort((a, b) => a[0] - b[0])) {
      codes.push(code);
      targets.push(ids.get(child)!);
    }
  });
  edgeStart[nodes.length] = codes.length;
  const rootAscii = new Int32Array(128).fill(-1);
  for (const [code, child] of root.next) if (code < 128) rootAscii[code] = ids.get(child)!;
  return { edgeStart, edgeCodes: Int32Array.from(codes), edgeTargets: Int32Array.from(targets), values: nodes.map((n) => n.values), rootAscii };
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

  const trie = flattenTrie(root);
  const { edgeStart, edgeCodes, edgeTargets, values, rootAscii } = trie;

  /** The child of `node` along code `c`, or -1: a direct table at the root, a scan or a binary search below. */
  function childOf(node: number, c: number): number {
    if (node === 0 && c < 128) return rootAscii[c];
    let lo = edgeStart[node];
    let hi = edgeStart[node + 1];
    if (hi - lo <= 8) {
      for (; lo < hi; lo++) if (edgeCodes[lo] === c) return edgeTargets[lo];
      return -1;
    }
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (edgeCodes[mid] < c) lo = mid + 1;
      else hi = mid;
    }
    return lo < edgeStart[node + 1] && edgeCodes[lo] === c ? edgeTargets[lo] : -1;
  }

  function longestAt(text: string, start: number): PhraseMatch<T> | null {
    if (start < 0 || start >= text.length) return null;
    let node = childOf(0, normalizeCode(text.charCodeAt(start)));
    if (node < 0 || (isWordCode(text, start - 1) && isWordCode(text, start))) return null;
    let bestEnd = -1;
    let bestValues: T[] | null = null;
    let i = start + 1;
    for (;;) {
      const here = values[node];
      if (here && !isSpaceCode(text.charCodeAt(i - 1)) && !(isWordCode(text, i - 1) && isWordCode(text, i))) {
        bestEnd = i;
        bestValues = here;
      }
      if (i >= text.length) break;
      const c = normalizeCode(text.charCodeAt(i));
      const next = childOf(node, c);
      if (next < 0) break;
      node = next;
      i++;
      if (c === SPACE_CODE) while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
    }
    return bestValues ? { start, end: bestEnd, values: bestValues } : null;
  }

  return Object.freeze({ longestAt });
}
