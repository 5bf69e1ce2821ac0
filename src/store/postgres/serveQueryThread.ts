import type { QueryThreadData } from './startQueryThread.js';
import { THREAD_GONE, REPLY_READY } from './startQueryThread.js';
import { toErrorReply, type WorkerReply, type WorkerRequest } from './workerProtocol.js';

/**
 * The thread's side of the synchronous bridge (startQueryThread): each request is answered by
 * `handle`, the reply posted, then the caller woken through the shared flag. A reply that cannot
 * cross (a value the structured clone refuses) or a handler that throws goes back as an error
 * rather than leaving the caller asleep.
 *
 * If the thread itself fails (an exception nobody catches, `process.exit`), it says so before it
 * ends: the caller asleep on a request gets the error at once, and every later call fails at once,
 * instead of each waiting for the bridge's timeout.
 */
export function serveQueryThread({ port, signal }: QueryThreadData, handle: (request: WorkerRequest) => Promise<WorkerReply>): void {
  let gone = false;
  const wake = (state: number): void => {
    Atomics.store(signal, 0, state);
    Atomics.notify(signal, 0);
  };
  const leave = (reason: unknown): void => {
    if (gone) return;
    gone = true;
    try {
      port.postMessage(toErrorReply({ message: `the query thread stopped: ${(reason as Error)?.message ?? String(reason)}` }));
    } finally {
      wake(THREAD_GONE);
    }
  };
  process.on('uncaughtException', (err) => {
    leave(err);
    process.exit(1);
  });
  process.on('unhandledRejection', (err) => {
    leave(err);
    process.exit(1);
  });
  process.on('exit', (code) => leave(new Error(`it exited with code ${code}`)));
  port.on('message', (request: WorkerRequest) => {
    void handle(request)
      .catch(toErrorReply)
      .then((reply) => {
        if (gone) return;
        try {
          port.postMessage(reply);
        } catch (err) {
          port.postMessage(toErrorReply(err));
        }
        wake(REPLY_READY);
      });
  });
}
