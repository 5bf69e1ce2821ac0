import { ParallaxError } from './errors.js';

/**
 * A cooperative time limit for one document's analysis: stages call `check` between steps, and
 * the first check after the limit throws `too_slow`. Cheap (one clock read), so a runaway stage on
 * pathological text ends as a stored failure instead of holding the whole batch.
 */
export interface Deadline {
  /** The limit in milliseconds (Infinity: none). */
  readonly limitMs: number;
  /** Throws ParallaxError('too_slow') once the limit has passed; `stage` names what just ran. */
  check(stage: string): void;
}

export const NO_DEADLINE: Deadline = Object.freeze({ limitMs: Number.POSITIVE_INFINITY, check: () => undefined });

/** Thirty seconds: the sample documents take well under one; a document needing more is pathological. */
export const DEFAULT_DOC_TIMEOUT_MS = 30_000;

/** Starts the clock now; `clock` (monotonic milliseconds) is replaceable so tests need not wait. */
export function startDeadline(limitMs: number, clock: () => number = () => performance.now()): Deadline {
  if (!(limitMs > 0)) throw new ParallaxError('bad_argument', `A time limit must be a positive number of milliseconds, got ${limitMs}.`, { limitMs });
  const started = clock();
  return Object.freeze({
    limitMs,
    check(stage: string): void {
      const elapsedMs = Math.round(clock() - started);
      if (elapsedMs > limitMs) {
        throw new ParallaxError('too_slow', `Analysis took longer than the ${limitMs} ms allowed per document (stopped after ${stage}, ${elapsedMs} ms).`, { stage, limitMs, elapsedMs });
      }
    },
  });
}
