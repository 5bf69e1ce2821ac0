import { describe, expect, it } from 'vitest';
import { isParallaxError } from './errors.js';
import { NO_DEADLINE, startDeadline } from './deadline.js';

/** A clock that moves forward by `step` ms each time it is read. */
function steppingClock(step: number): () => number {
  let t = 0;
  return () => (t += step);
}

describe('startDeadline', () => {
  it('lets checks pass until the limit, then throws too_slow naming the stage', () => {
    const deadline = startDeadline(250, steppingClock(100));
    expect(() => deadline.check('first')).not.toThrow();
    expect(() => deadline.check('second')).not.toThrow();
    let thrown: unknown;
    try {
      deadline.check('third');
    } catch (err) {
      thrown = err;
    }
    expect(isParallaxError(thrown) && thrown.code).toBe('too_slow');
    expect((thrown as Error).message).toContain('third');
    expect((thrown as Error).message).toContain('250 ms');
  });

  it('refuses a limit that is not a positive number', () => {
    expect(() => startDeadline(0)).toThrow(/positive/);
    expect(() => startDeadline(Number.NaN)).toThrow(/positive/);
  });

  it('has a no-limit form that never throws', () => {
    expect(NO_DEADLINE.limitMs).toBe(Number.POSITIVE_INFINITY);
    expect(() => NO_DEADLINE.check('anything')).not.toThrow();
  });
});
