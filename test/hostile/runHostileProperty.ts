import fc from 'fast-check';
import { expect } from 'vitest';
import { isParallaxError } from '../../src/lib/errors.js';
import { recordFigures } from './recordFigures.js';

export interface HostileRunOptions {
  readonly runs?: number;
  /** No single input may take longer than this (a hang shows up as a failure, not a stuck test). */
  readonly maxMsPerInput?: number;
}

export interface HostileTally {
  readonly parser: string;
  readonly inputs: number;
  readonly documents: number;
  readonly errors: number;
  readonly maxMs: number;
}

export const PROPERTY_RUNS = 10_000;

function tallyOf(parser: string, counts: { inputs: number; documents: number; errors: number; maxMs: number }): HostileTally {
  return Object.freeze({ parser, ...counts, maxMs: Math.round(counts.maxMs * 10) / 10 });
}

/**
 * Feeds `runs` generated inputs to a parser: each must return (then pass `check`) or throw a
 * ParallaxError, within the time limit. Anything else (TypeError, RangeError, a hang) fails the
 * property, and fast-check shrinks it to a small counterexample. Records the tally for the doc.
 */
export function runHostileProperty<T, R>(
  parser: string,
  arbitrary: fc.Arbitrary<T>,
  parse: (input: T) => R,
  check: (input: T, output: R) => void = () => {},
  options: HostileRunOptions = {},
): HostileTally {
  const counts = { inputs: 0, documents: 0, errors: 0, maxMs: 0 };
  const limit = options.maxMsPerInput ?? 2000;
  fc.assert(
    fc.property(arbitrary, (input) => {
      counts.inputs += 1;
      const started = performance.now();
      let output: R | undefined;
      let failed = false;
      try {
        output = parse(input);
      } catch (err) {
        if (!isParallaxError(err)) throw err;
        failed = true;
      }
      const ms = performance.now() - started;
      counts.maxMs = Math.max(counts.maxMs, ms);
      expect(ms, `${parser} took ${ms} ms`).toBeLessThan(limit);
      if (failed) counts.errors += 1;
      else {
        counts.documents += 1;
        check(input, output as R);
      }
    }),
    { numRuns: options.runs ?? PROPERTY_RUNS },
  );
  const tally = tallyOf(parser, counts);
  recordFigures(`parser-${parser}`, { ...tally });
  return tally;
}

/** The async twin, for parsers behind a promise (HTTP bodies through fastify inject). */
export async function runHostileAsyncProperty<T, R>(
  parser: string,
  arbitrary: fc.Arbitrary<T>,
  parse: (input: T) => Promise<R>,
  check: (input: T, output: R) => void,
  options: HostileRunOptions = {},
): Promise<HostileTally> {
  const counts = { inputs: 0, documents: 0, errors: 0, maxMs: 0 };
  const limit = options.maxMsPerInput ?? 2000;
  await fc.assert(
    fc.asyncProperty(arbitrary, async (input) => {
      counts.inputs += 1;
      const started = performance.now();
      const output = await parse(input);
      const ms = performance.now() - started;
      counts.maxMs = Math.max(counts.maxMs, ms);
      expect(ms).toBeLessThan(limit);
      counts.documents += 1;
      check(input, output);
    }),
    { numRuns: options.runs ?? PROPERTY_RUNS },
  );
  const tally = tallyOf(parser, counts);
  recordFigures(`parser-${parser}`, { ...tally });
  return tally;
}
