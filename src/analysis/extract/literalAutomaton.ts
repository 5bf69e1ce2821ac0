/**
 * A trie of literals with failure links (Aho-Corasick), compiled to a full transition table over
 * the literals' own characters: a character no literal contains sends the walk back to the root,
 * so each character of the text costs two array reads.
 */
export class LiteralAutomaton {
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
