import { foldForScreen, passesScreen, screenRegex, type RegexScreen } from './screenRegex.js';

/** Many regex screens checked together: one pass over a text tells which regexes may match it. */
export interface ScreenSet {
  /** Entry i is 1 when the i-th screen passes on `text` (its regex may match), 0 when it cannot. */
  pass(text: string): Uint8Array;
}

/**
 * Compiles the screens' literals into Aho-Corasick automata (one over the folded text for the
 * case-insensitive screens, one over the raw text for the others), so checking two hundred screens
 * costs one walk over the text rather than thousands of `includes` calls.
 */
export function compileScreenSet(screens: readonly RegexScreen[]): ScreenSet {
  // A short list is checked faster by a few `includes` than by a walk over the whole text.
  const literals = screens.reduce((n, s) => n + s.required.reduce((k, anyOf) => k + anyOf.length, 0), 0);
  if (literals <= SMALL) return compileSmallScreenSet(screens);
  const folded = new LiteralAutomaton();
  const raw = new LiteralAutomaton();
  // Per screen, per required set, the ids of its literals (raw ids offset past the folded ones).
  const plans = screens.map((s) => s.required.map((anyOf) => anyOf.map((lit) => (s.caseSensitive ? -1 - raw.add(lit) : folded.add(lit)))));
  folded.finish();
  raw.finish();
  const hasRaw = raw.size > 0;
  const hasFolded = folded.size > 0;
  // Flattened plans: per screen, its number of sets, then each set as its length and its ids.
  const flat: number[] = [];
  const starts = plans.map((sets) => {
    const at = flat.length;
    flat.push(sets.length);
    for (const anyOf of sets) flat.push(anyOf.length, ...anyOf);
    return at;
  });
  const program = Int32Array.from(flat);
  return Object.freeze({
    pass(text: string): Uint8Array {
      const foundFolded = hasFolded ? folded.scan(foldForScreen(text)) : EMPTY_FOUND;
      const foundRaw = hasRaw ? raw.scan(text) : EMPTY_FOUND;
      const out = new Uint8Array(starts.length);
      for (let i = 0; i < starts.length; i++) out[i] = runPlan(program, starts[i], foundFolded, foundRaw);
      return out;
    },
  });
}

const EMPTY_FOUND = new Uint8Array(0);

// 1 when every set of the plan at `at` has a literal that was found (ids below 0 are raw-text literals).
function runPlan(program: Int32Array, at: number, foundFolded: Uint8Array, foundRaw: Uint8Array): number {
  const sets = program[at];
  let p = at + 1;
  for (let s = 0; s < sets; s++) {
    const length = program[p];
    let hit = false;
    for (let k = p + 1; k <= p + length && !hit; k++) {
      const id = program[k];
      hit = (id >= 0 ? foundFolded[id] : foundRaw[-1 - id]) === 1;
    }
    if (!hit) return 0;
    p += length + 1;
  }
  return 1;
}

const SMALL = 12;

function compileSmallScreenSet(screens: readonly RegexScreen[]): ScreenSet {
  const anyCaseFree = screens.some((s) => !s.caseSensitive && s.required.length > 0);
  return Object.freeze({
    pass(text: string): Uint8Array {
      const folded = anyCaseFree ? foldForScreen(text) : text;
      return Uint8Array.from(screens, (s) => (passesScreen(s, text, folded) ? 1 : 0));
    },
  });
}

const cache = new WeakMap<readonly RegExp[], { screens: ScreenSet; regexes: readonly RegExp[] }>();

/** The screen set of a frozen list of regexes (vocabulary lists are compiled once), built on first use. */
export function screenSetOf(regexes: readonly RegExp[]): ScreenSet {
  let hit = cache.get(regexes);
  if (!hit) {
    hit = { screens: compileScreenSet(regexes.map(screenRegex)), regexes };
    cache.set(regexes, hit);
  }
  return hit.screens;
}

/**
 * A trie of literals with failure links (Aho-Corasick), compiled to a full transition table over
 * the literals' own characters: a character no literal contains sends the walk back to the root,
 * so each character of the text costs two array reads.
 */
class LiteralAutomaton {
  private readonly ids = new Map<string, number>();
  private readonly trie: Map<number, number>[] = [new Map()];
  private readonly ends: number[][] = [[]];
  private readonly ascii = new Uint8Array(128);
  private readonly others = new Map<number, number>();
  private symbols = 1;
  private delta: Int32Array = new Int32Array(0);
  private endStart: Int32Array = new Int32Array(1);
  private endIds: Int32Array = new Int32Array(0);
  private found: Uint8Array = new Uint8Array(0);

  get size(): number {
    return this.ids.size;
  }

  add(literal: string): number {
    const known = this.ids.get(literal);
    if (known !== undefined) return known;
    const id = this.ids.size;
    this.ids.set(literal, id);
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
    return id;
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
      for (let c = 1; c < width; c++) {
        const child = this.trie[node].get(c);
        if (child === undefined) {
          this.delta[node * width + c] = node === 0 ? 0 : this.delta[fail[node] * width + c];
          continue;
        }
        this.delta[node * width + c] = child;
        fail[child] = node === 0 ? 0 : this.delta[fail[node] * width + c];
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
    this.found = new Uint8Array(this.ids.size);
  }

  /** Which literals occur in `text`: entry i is 1 when literal i does (a buffer reused by the next scan). */
  scan(text: string): Uint8Array {
    const { delta, endStart, endIds, found } = this;
    const width = this.symbols;
    found.fill(0);
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      node = delta[node * width + this.symbolOf(text.charCodeAt(i), false)];
      for (let e = endStart[node]; e < endStart[node + 1]; e++) found[endIds[e]] = 1;
    }
    return found;
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
