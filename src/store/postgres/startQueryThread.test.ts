import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ParallaxError } from '../../lib/errors.js';
import { startQueryThread } from './startQueryThread.js';
import type { WorkerRequest } from './workerProtocol.js';

const TOY = fileURLToPath(new URL('./testing/toyQueryThread.mjs', import.meta.url));
// Longer than any of these calls should take: a call that waits it out fails with "did not answer",
// not with the cause the tests expect.
const LONG = 30_000;

const run = (sql: string, params: unknown[] = []): WorkerRequest => ({ op: 'run', connection: 1, statements: [{ sql, params }] });

function thrownBy(fn: () => unknown): ParallaxError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ParallaxError);
    return err as ParallaxError;
  }
  throw new Error('expected the call to throw');
}

describe('startQueryThread', () => {
  it('answers each request with its own reply, blocking until it comes', () => {
    const call = startQueryThread(TOY, LONG);
    expect(call(run('echo', [1, 'a']))).toEqual({ ok: true, connection: 1, results: [[1, 'a']] });
    expect(call(run('echo', [2]))).toEqual({ ok: true, connection: 1, results: [[2]] });
  });

  it('returns a failed request as an error reply and goes on serving', () => {
    const call = startQueryThread(TOY, LONG);
    const reply = call(run('reject'));
    expect(reply).toMatchObject({ ok: false, error: { message: 'the handler failed', code: null } });
    expect(call(run('echo', [3]))).toMatchObject({ ok: true, results: [[3]] });
  });

  it('fails the waiting call at once when the thread dies of an uncaught exception, and every later call', () => {
    const call = startQueryThread(TOY, LONG);
    call(run('echo'));
    const err = thrownBy(() => call(run('throw')));
    expect(err.code).toBe('database_error');
    expect(err.message).toContain('boom in a timer');
    expect(thrownBy(() => call(run('echo'))).message).toContain('boom in a timer');
  }, 60_000);

  it('fails the waiting call at once when the thread exits', () => {
    const call = startQueryThread(TOY, LONG);
    const err = thrownBy(() => call(run('exit')));
    expect(err.message).toContain('exited with code 3');
    expect(thrownBy(() => call(run('echo'))).message).toContain('exited with code 3');
  }, 60_000);

  it('gives up on a thread that does not answer after the timeout', () => {
    const call = startQueryThread(TOY, 300);
    expect(thrownBy(() => call(run('hang'))).message).toContain('did not answer within 0.3 s');
  }, 60_000);
});
