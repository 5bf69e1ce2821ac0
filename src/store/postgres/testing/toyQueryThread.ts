import { workerData } from 'node:worker_threads';
import { serveQueryThread } from '../serveQueryThread.js';
import type { QueryThreadData } from '../startQueryThread.js';
import type { WorkerReply, WorkerRequest } from '../workerProtocol.js';

/**
 * A query thread without PostgreSQL, for the bridge's tests: the first statement's text says what
 * to do. "echo" answers with the parameters; "reject" fails the request; "throw" throws from a
 * timer, where nothing catches it; "exit" ends the thread; "hang" never answers.
 */
function handle(request: WorkerRequest): Promise<WorkerReply> {
  if (request.op !== 'run') return Promise.resolve({ ok: true, connection: 1, results: [] });
  const [statement] = request.statements;
  switch (statement?.sql) {
    case 'echo':
      return Promise.resolve({ ok: true, connection: request.connection, results: [[...(statement.params ?? [])]] });
    case 'reject':
      return Promise.reject(new Error('the handler failed'));
    case 'throw':
      setTimeout(() => {
        throw new Error('boom in a timer');
      }, 0);
      return new Promise(() => {});
    case 'exit':
      process.exit(3);
      return new Promise(() => {});
    default:
      return new Promise(() => {});
  }
}

serveQueryThread(workerData as QueryThreadData, handle);
