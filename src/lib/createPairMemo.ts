/** A remembered answer per ordered pair of strings, holding at most `limit` pairs. */
export interface PairMemo<T> {
  /** The answer for (a, b): remembered, or computed by `compute` and remembered. */
  get(a: string, b: string): T;
  /** How many pairs are remembered now (never more than the limit). */
  readonly size: number;
}

/**
 * Remembers `compute(a, b)` by pair, for a pure `compute`. When `limit` pairs are held, the next new
 * pair starts the memory afresh: a long-running ingest meets new names without end, so a memo
 * bounded only by its first keys kept growing under them (issue 6).
 */
export function createPairMemo<T>(limit: number, compute: (a: string, b: string) => T): PairMemo<T> {
  const byFirst = new Map<string, Map<string, T>>();
  let size = 0;
  return {
    get(a, b) {
      let bySecond = byFirst.get(a);
      const known = bySecond?.get(b);
      if (known !== undefined || bySecond?.has(b)) return known as T;
      const answer = compute(a, b);
      if (size >= limit) {
        byFirst.clear();
        size = 0;
        bySecond = undefined;
      }
      if (!bySecond) byFirst.set(a, (bySecond = new Map()));
      bySecond.set(b, answer);
      size++;
      return answer;
    },
    get size() {
      return size;
    },
  };
}
