import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from './workerProtocol.js';

/** What the query thread receives as its workerData (see serveQueries in runQueryWorker.ts). */
export interface QueryThreadData {
  readonly port: MessagePort;
  /** Index 0 is set to 1 by the thread once a reply is on the port. */
  readonly signal: Int32Array;
}

/**
 * Starts the thread at `entry` and returns a blocking call into it: post the request, sleep on
 * a shared flag (Atomics.wait) until the thread sets it, take the reply off the port. The
 * smallest bridge there is: one message each way and no bookkeeping per call, because a worker
 * ingesting a document crosses it about eight times and each crossing wakes two threads.
 */
export function startQueryThread(entry: string, timeoutMs: number): (request: WorkerRequest) => WorkerReply {
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const data: QueryThreadData = { port: port2, signal };
  const worker = new Worker(entry, { workerData: data, transferList: [port2] });
  let failure: Error | null = null;
  worker.on('error', (err) => (failure = err));
  // The thread must not keep the process alive once the main thread is done.
  worker.unref();
  return (request) => {
    if (failure) throw failure;
    Atomics.store(signal, 0, 0);
    port1.postMessage(request);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const waited = Atomics.wait(signal, 0, 0, Math.max(0, deadline - Date.now()));
      const reply = receiveMessageOnPort(port1);
      if (reply) return reply.message as WorkerReply;
      if (waited === 'timed-out') throw new Error(`The PostgreSQL query thread did not answer within ${timeoutMs / 1000} s.`);
    }
  };
}
