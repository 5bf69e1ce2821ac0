import { LiteralAutomaton } from './literalAutomaton.js';
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
  // A screen passes only if its first set has a literal in the text: each screen is listed under
  // the literals of its first set, and only the screens listed under a literal the text holds are
  // checked (a sentence holds a few of the literals; most of the ~200 facet screens then cost nothing).
  // A screen with no set always passes.
  const always = screens.flatMap((s, i) => (s.required.length === 0 ? [i] : []));
  // By literal id, an array rather than a Map: a pass looks up every literal its text holds.
  const byLiteral: (number[] | undefined)[] = [];
  screens.forEach((s, i) => {
    if (s.required.length === 0) return;
    for (const literal of new Set(s.required[0])) {
      const id = INDEX.idOf(literal, s.caseSensitive);
      while (byLiteral.length <= id) byLiteral.push(undefined);
      const listed = byLiteral[id];
      if (listed) listed.push(i);
      else byLiteral[id] = [i];
    }
  });
  const out = new Uint8Array(starts.length);
  return Object.freeze({
    pass(text: string): Uint8Array {
      const stamp = INDEX.load(text);
      const { marks, loadedIds } = INDEX;
      out.fill(0);
      for (let k = 0; k < always.length; k++) out[always[k]] = 1;
      for (let k = 0; k < loadedIds.length; k++) {
        const listed = byLiteral[loadedIds[k]];
        if (listed === undefined) continue;
        for (let j = 0; j < listed.length; j++) {
          const i = listed[j];
          if (out[i] === 0) out[i] = runPlan(program, starts[i], marks, stamp);
        }
      }
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
  /** The distinct ids of the literals the text last loaded holds. */
  loadedIds: ArrayLike<number> = new Int32Array(0);
  private stamp = 0;
  /** Entry id holds the number of the last scan that found literal id (scan's own marks, apart from `marks`). */
  private seen = new Int32Array(0);
  private scans = 0;
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
    // The same text again (most calls: several lists screened against one sentence): nothing to do,
    // unless a new list has brought literals since (rebuild forgets the loaded text).
    if (text === this.loaded && this.automata) return this.stamp;
    if (!this.automata) this.rebuild();
    let ids = this.found.get(text);
    if (!ids) {
      ids = this.scan(text);
      if (this.found.size >= CACHED_TEXTS) this.found.clear();
      this.found.set(text, ids);
    }
    const stamp = ++this.stamp;
    const marks = this.marks;
    for (let k = 0; k < ids.length; k++) marks[ids[k]] = stamp;
    this.loaded = text;
    this.loadedIds = ids;
    return stamp;
  }

  private scan(text: string): Int32Array {
    const [folded, raw] = this.automata ?? this.rebuild();
    const out: number[] = [];
    if (folded.size > 0) folded.scan(foldForScreen(text), out);
    if (raw.size > 0) raw.scan(text, out);
    // Each id once, in the order first found: a literal the text repeats is still one literal to
    // check screens for. Marked per scan rather than gathered in a Set and copied out of it.
    const seen = this.seen;
    const scan = ++this.scans;
    let n = 0;
    for (let k = 0; k < out.length; k++) {
      const id = out[k];
      if (seen[id] === scan) continue;
      seen[id] = scan;
      out[n++] = id;
    }
    out.length = n;
    return new Int32Array(out);
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
    this.seen = new Int32Array(this.size);
    this.scans = 0;
    this.stamp = 0;
    this.loaded = null;
    this.loadedIds = new Int32Array(0);
    return automata;
  }
}

const INDEX = new LiteralIndex();
