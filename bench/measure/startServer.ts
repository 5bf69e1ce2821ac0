import type { AddressInfo } from 'node:net';
import { createServer } from '../../src/api/createServer.js';
import { createQueries } from '../../src/services/queries/createQueries.js';
import type { Store } from '../../src/store/Store.js';

export interface RunningServer {
  readonly origin: string;
  close(): Promise<void>;
}

/** The real API and web server over `store`, in this process, on a free loopback port. */
export async function startServer(store: Store): Promise<RunningServer> {
  const app = createServer({ queries: createQueries(store) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => app.close() };
}
