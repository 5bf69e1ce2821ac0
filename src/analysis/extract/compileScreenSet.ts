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
  return Object.freeze({
    pass(text: string): Uint8Array {
      const foundFolded = new Uint8Array(folded.size);
      const foundRaw = new Uint8Array(raw.size);
      if (hasFolded) folded.scan(foldForScreen(text), foundFolded);
      if (hasRaw) raw.scan(text, foundRaw);
      const out = new Uint8Array(plans.length);
      for (let i = 0; i < plans.length; i++) {
        out[i] = plans[i].every((anyOf) => anyOf.some((id) => (id >= 0 ? foundFolded[id] : foundRaw[-1 - id]) === 1)) ? 1 : 0;
      }
      return out;
    },
  });
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

/** A trie of literals with failure links (Aho-Corasick) over UTF-16 code units. */
class LiteralAutomaton {
  private readonly ids = new Map<string, number>();
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly ends: number[][] = [[]];
  private fail: Int32Array = new Int32Array(1);

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
      const c = literal.charCodeAt(i);
      let child = this.next[node].get(c);
      if (child === undefined) {
        child = this.next.length;
        this.next.push(new Map());
        this.ends.push([]);
        this.next[node].set(c, child);
      }
      node = child;
    }
    this.ends[node].push(id);
    return id;
  }

  /** Computes failure links breadth first and folds each node's fallback matches into its own. */
  finish(): void {
    this.fail = new Int32Array(this.next.length);
    const queue: number[] = [...this.next[0].values()];
    for (let q = 0; q < queue.length; q++) {
      const node = queue[q];
      for (const [c, child] of this.next[node]) {
        let f = this.fail[node];
        while (f !== 0 && !this.next[f].has(c)) f = this.fail[f];
        const target = this.next[f].get(c);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        this.ends[child] = [...this.ends[child], ...this.ends[this.fail[child]]];
        queue.push(child);
      }
    }
  }

  scan(text: string, found: Uint8Array): void {
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let child = this.next[node].get(c);
      while (child === undefined && node !== 0) {
        node = this.fail[node];
        child = this.next[node].get(c);
      }
      node = child ?? 0;
      for (const id of this.ends[node]) found[id] = 1;
    }
  }
}
