/** One document's value for a field, with where it was read. */
export interface Vote<T> {
  readonly value: T;
  /** Order of the document among the members: earliest published first. */
  readonly order: number;
  /** Higher is more precise (a day beats a week); equal for fields without precision. */
  readonly precision: number;
}

/**
 * The value most documents give; among equally frequent values the most precise, then the one the
 * earliest document gives. `key` says when two values are the same.
 */
export function pickValue<T>(votes: readonly Vote<T>[], key: (v: T) => string = String): Vote<T> | null {
  const tally = new Map<string, { count: number; best: Vote<T> }>();
  for (const v of votes) {
    const k = key(v.value);
    const entry = tally.get(k);
    if (!entry) tally.set(k, { count: 1, best: v });
    else {
      entry.count++;
      if (v.precision > entry.best.precision || (v.precision === entry.best.precision && v.order < entry.best.order)) entry.best = v;
    }
  }
  let winner: { count: number; best: Vote<T> } | null = null;
  for (const e of tally.values()) {
    if (
      !winner ||
      e.count > winner.count ||
      (e.count === winner.count && (e.best.precision > winner.best.precision || (e.best.precision === winner.best.precision && e.best.order < winner.best.order)))
    ) {
      winner = e;
    }
  }
  return winner?.best ?? null;
}
