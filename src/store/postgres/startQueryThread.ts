import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { ParallaxError } from '../../lib/errors.js';
import type { WorkerReply, WorkerRequest } from './workerProtocol.js';

/** What the query thread receives as its workerData (see serveQueryThread). */
export interface QueryThreadData {
  readonly port: MessagePort;
  /** Index 0: the bridge's state, one of the three values below. */
  readonly signal: Int32Array;
}

/** A request is out and its reply not yet on the port. */
export const AWAITING_REPLY = 0;
/** The thread has put a reply on the port. */
export const REPLY_READY = 1;
/** The thread has failed and ended (its reason is the last message on the port): it answers nothing more. */
export const THREAD_GONE = 2;

/**
 * Starts the thread at `entry` (which serves requests with serveQueryThread) and returns a
 * blocking call into it: post the request, sleep on a shared flag (Atomics.wait) until the thread
 * sets it, take the reply off the port. The smallest bridge there is: one message each way and no
 * bookkeeping per call, because a worker ingesting a document crosses it about seven times and
 * each crossing wakes two threads.
 *
 * While the caller sleeps its event loop does not run, so the thread's 'error' and 'exit' events
 * cannot reach it: a thread that fails sets the flag to THREAD_GONE itself, and the call (and every
 * later one) throws at once. Only a thread killed with no chance to say so is caught by `timeoutMs`.
 */
export function startQueryThread(entry: string, timeoutMs: number): (request: WorkerRequest) => WorkerReply {
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const data: QueryThreadData = { port: port2, signal };
  const worker = new Worker(entry, { workerData: data, transferList: [port2] });
  let failure: Error | null = null;
  worker.on('error', (err) => (failure ??= err));
  // The thread must not keep the process alive once the main thread is done.
  worker.unref();
  const gone = (): Error => {
    let reason: string | null = null;
    for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) {
      const reply = m.message as WorkerReply;
      if (!reply.ok) reason = reply.error.message;
    }
    return new ParallaxError('database_error', `PostgreSQL: ${reason ?? 'the query thread stopped'}.`, {});
  };
  return (request) => {
    if (failure) throw failure;
    // From REPLY_READY back to AWAITING_REPLY, unless the thread has gone (a flag it never resets).
    if (Atomics.compareExchange(signal, 0, REPLY_READY, AWAITING_REPLY) === THREAD_GONE) throw (failure = gone());
    port1.postMessage(request);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const waited = Atomics.wait(signal, 0, AWAITING_REPLY, Math.max(0, deadline - Date.now()));
      if (Atomics.load(signal, 0) === THREAD_GONE) throw (failure = gone());
      const reply = receiveMessageOnPort(port1);
      if (reply) return reply.message as WorkerReply;
      if (waited === 'timed-out') throw new ParallaxError('database_error', `The PostgreSQL query thread did not answer within ${timeoutMs / 1000} s.`, {});
    }
  };
}
