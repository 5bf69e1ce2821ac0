import { foldForScreen, screenRegex, type RegexScreen } from './screenRegex.js';

/** Many regex screens checked together: which regexes of a list may match a text. */
export interface ScreenSet {
  /**
   * Entry i is 1 when the i-th screen passes on `text` (its regex may match), 0 when it cannot.
   * The array is the set's own and is overwritten by its next `pass`: read it before screening
   * another text against the same set (a new array per call was a measurable share of extraction).
   */
  pass(text: string): Uint8Array;
}

/**
 * Compiles screens against one process-wide literal index: every list's literals live in the same
 * Aho-Corasick automata (one over the folded text for case-insensitive screens, one over the raw
 * text for the others), and the literals a text contains are found once and kept for the next
 * texts, so the four lists describeSentences checks, the charge lists and the ~200 facet patterns
 * of one sentence cost one walk over it, and each list then only reads a few array entries.
 */
export function compileScreenSet(screens: readonly RegexScreen[]): ScreenSet {
  // Per screen: its number of sets, then each set as its length and its literals' ids.
  const flat: number[] = [];
  const starts = screens.map((s) => {
    const at = flat.length;
    flat.push(s.required.length);
    for (const anyOf of s.required) flat.push(anyOf.length, ...anyOf.map((lit) => INDEX.idOf(lit, s.caseSensitive)));
    return at;
  });
  const program = Int32Array.from(flat);
  const out = new Uint8Array(starts.length);
  return Object.freeze({
    pass(text: string): Uint8Array {
      const stamp = INDEX.load(text);
      const marks = INDEX.marks;
      for (let i = 0; i < starts.length; i++) out[i] = runPlan(program, starts[i], marks, stamp);
      return out;
    },
  });
}

// 1 when every set of the plan at `at` has a literal marked with `stamp` (found in the current text).
function runPlan(program: Int32Array, at: number, marks: Int32Array, stamp: number): number {
  const sets = program[at];
  let p = at + 1;
  for (let s = 0; s < sets; s++) {
    const length = program[p];
    let hit = false;
    for (let k = p + 1; k <= p + length && !hit; k++) hit = marks[program[k]] === stamp;
    if (!hit) return 0;
    p += length + 1;
  }
  return 1;
}

const cache = new WeakMap<readonly RegExp[], ScreenSet>();

/** The screen set of a frozen list of regexes (vocabulary lists are compiled once), built on first use. */
export function screenSetOf(regexes: readonly RegExp[]): ScreenSet {
  let set = cache.get(regexes);
  if (!set) {
    set = compileScreenSet(regexes.map(screenRegex));
    cache.set(regexes, set);
  }
  return set;
}

const CACHED_TEXTS = 512;

/**
 * Every literal any screen set needs, with one id each. The automata are rebuilt when a new list
 * brings new literals (vocabularies are compiled on first use, so in steady state never). The ids
 * found in recent texts are cached: extraction screens the same sentence against many lists, and
 * some loops visit each sentence once per vocabulary entry.
 */
class LiteralIndex {
  private readonly ids = [new Map<string, number>(), new Map<string, number>()];
  private automata: [LiteralAutomaton, LiteralAutomaton] | null = null;
  private readonly found = new Map<string, Int32Array>();
  /** Entry id holds the stamp of the last text found to contain literal id. */
  marks = new Int32Array(0);
  private stamp = 0;
  private loaded: string | null = null;
  private size = 0;

  idOf(literal: string, caseSensitive: boolean): number {
    const table = this.ids[caseSensitive ? 1 : 0];
    let id = table.get(literal);
    if (id === undefined) {
      id = this.size++;
      table.set(literal, id);
      this.automata = null;
    }
    return id;
  }

  /** Marks the literals of `text` in `marks` with the returned stamp (a number, not a record: this runs for every list screened). */
  load(text: string): number {
    if (!this.automata) this.rebuild();
    if (text !== this.loaded) {
      let ids = this.found.get(text);
      if (!ids) {
        ids = this.scan(text);
        if (this.found.size >= CACHED_TEXTS) this.found.clear();
        this.found.set(text, ids);
      }
      this.stamp++;
      for (const id of ids) this.marks[id] = this.stamp;
      this.loaded = text;
    }
    return this.stamp;
  }

  private scan(text: string): Int32Array {
    const [folded, raw] = this.automata ?? this.rebuild();
    const out: number[] = [];
    if (folded.size > 0) folded.scan(foldForScreen(text), out);
    if (raw.size > 0) raw.scan(text, out);
    return Int32Array.from(out);
  }

  private rebuild(): [LiteralAutomaton, LiteralAutomaton] {
    const automata: [LiteralAutomaton, LiteralAutomaton] = [new LiteralAutomaton(), new LiteralAutomaton()];
    this.ids.forEach((table, k) => {
      for (const [literal, id] of table) automata[k].add(literal, id);
      automata[k].finish();
    });
    this.automata = automata;
    this.found.clear();
    this.marks = new Int32Array(this.size);
    this.stamp = 0;
    this.loaded = null;
    return automata;
  }
}

const INDEX = new LiteralIndex();

/**
 * A trie of literals with failure links (Aho-Corasick), compiled to a full transition table over
 * the literals' own characters: a character no literal contains sends the walk back to the root,
 * so each character of the text costs two array reads.
 */
class LiteralAutomaton {
  private count = 0;
  private readonly trie: Map<number, number>[] = [new Map()];
  private readonly ends: number[][] = [[]];
  private readonly ascii = new Uint8Array(128);
  private readonly others = new Map<number, number>();
  private symbols = 1;
  private delta: Int32Array = new Int32Array(0);
  private endStart: Int32Array = new Int32Array(1);
  private endIds: Int32Array = new Int32Array(0);

  get size(): number {
    return this.count;
  }

  /** Adds a literal (each once) under the caller's id. */
  add(literal: string, id: number): void {
    this.count++;
    let node = 0;
    for (let i = 0; i < literal.length; i++) {
      const c = this.symbolOf(literal.charCodeAt(i), true);
      let child = this.trie[node].get(c);
      if (child === undefined) {
        child = this.trie.length;
        this.trie.push(new Map());
        this.ends.push([]);
        this.trie[node].set(c, child);
      }
      node = child;
    }
    this.ends[node].push(id);
  }

  /** Computes failure links breadth first, folds each state's fallback matches into its own, and fills the table. */
  finish(): void {
    const states = this.trie.length;
    const width = this.symbols;
    const fail = new Int32Array(states);
    this.delta = new Int32Array(states * width);
    const order: number[] = [0];
    for (let q = 0; q < order.length; q++) {
      const node = order[q];
      // A state moves like its failure state, except along its own trie edges.
      if (node !== 0) this.delta.copyWithin(node * width, fail[node] * width, fail[node] * width + width);
      for (const [c, child] of this.trie[node]) {
        fail[child] = node === 0 ? 0 : this.delta[fail[node] * width + c];
        this.delta[node * width + c] = child;
        this.ends[child] = [...this.ends[child], ...this.ends[fail[child]]];
        order.push(child);
      }
    }
    this.endStart = new Int32Array(states + 1);
    const flat: number[] = [];
    for (let n = 0; n < states; n++) {
      this.endStart[n] = flat.length;
      flat.push(...this.ends[n]);
    }
    this.endStart[states] = flat.length;
    this.endIds = Int32Array.from(flat);
  }

  /** Appends to `out` the id of every literal occurrence in `text` (an id may come more than once). */
  scan(text: string, out: number[]): void {
    const { delta, endStart, endIds } = this;
    const width = this.symbols;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      node = delta[node * width + this.symbolOf(text.charCodeAt(i), false)];
      for (let e = endStart[node]; e < endStart[node + 1]; e++) out.push(endIds[e]);
    }
  }

  // Characters are numbered from 1 as literals bring them; 0 is every character no literal has.
  private symbolOf(code: number, create: boolean): number {
    let symbol = code < 128 ? this.ascii[code] : (this.others.get(code) ?? 0);
    if (symbol === 0 && create) {
      symbol = this.symbols++;
      if (code < 128) this.ascii[code] = symbol;
      else this.others.set(code, symbol);
    }
    return symbol;
  }
}
